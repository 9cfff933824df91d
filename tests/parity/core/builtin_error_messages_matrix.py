# test: TypeError/ValueError/IndexError/KeyError messages for wrong-type operations, bad arguments to builtins and str methods, bad indexing and calls
F, I, S, N, ST = 1.0, 5, "s", None, {1}
cases = [lambda: "a".split(""), lambda: "x".join([1]), lambda: "x".join(["a", 2]), lambda: "abc".replace("b", "X", -1), lambda: "abc".startswith(1),
 lambda: "ab" * 2.0, lambda: 1 + "a", lambda: "a" - "b", lambda: len(5), lambda: [] + None, lambda: None + 1, lambda: -"a", lambda: ~1.5,
 lambda: abs("x"), lambda: int([1]), lambda: float([1]), lambda: float(None), lambda: int(None), lambda: str.upper(5), lambda: "a".center(),
 lambda: "a".zfill("x"), lambda: [1, 2][F], lambda: [1][:"a"], lambda: {}.fromkeys(5), lambda: list(5), lambda: tuple(None), lambda: I(), lambda: S(),
 lambda: N[0], lambda: I[0], lambda: ST[0], lambda: len, lambda: iter(None), lambda: next([1]), lambda: sorted(5), lambda: sum(["a"]), lambda: min(5),
 lambda: "abc".count(), lambda: "a".encode(5), lambda: chr("a"), lambda: ord(5), lambda: round("x"), lambda: divmod("a", 1), lambda: pow("a", 2),
 lambda: "%s".format(), lambda: "a".index("b"), lambda: [].index(1), lambda: (1,).index(2), lambda: "abc"[5], lambda: (1,)[3], lambda: range(3)[7],
 lambda: {"a": 1}["b"], lambda: [1] * [2], lambda: {1} + {2}, lambda: {} + {}, lambda: 3 < "a", lambda: [] > 1, lambda: 2 ** "x", lambda: 1 @ 2, lambda: 5 & 1.0, lambda: 1.5 << 1]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r if not callable(r) else "callable")
    except Exception as e:
        print(i, type(e).__name__, e)
