# test: exact messages of common KeyError, IndexError, ZeroDivisionError, ValueError and TypeError cases
five, none, floaty, text = 5, None, 1.0, "x"
cases = [
    lambda: {"a": 1}["b"],
    lambda: {1: 0}[2],
    lambda: {}[(1, "x")],
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "ab"[9],
    lambda: 10 / 0,
    lambda: int("abc"),
    lambda: float("1.2.3"),
    lambda: [].index(0),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "3",
    lambda: None + 1,
    lambda: -"x",
    lambda: {}[[]],
    lambda: list(5),
    lambda: five[0],
    lambda: none[0],
    lambda: iter(3),
    lambda: ["a"][floaty],
    lambda: text(),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
