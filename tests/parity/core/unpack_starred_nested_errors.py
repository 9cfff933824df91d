# test: starred targets at start/middle/end, nested targets, unpacking strings/dicts/ranges, and the error messages
a, *mid, z = range(6)
print(a, mid, z)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(p, q), [r, *s], t = (1, 2), "xyz", {"k": 0}
print(p, q, r, s, t)
for i, (name, *scores) in enumerate([("a", 1, 2), ("b",)]):
    print(i, name, scores)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
x = y = [0]
x, y = y, x
print(x is y)
a, b = b, a = 1, 2
print(a, b)
cases = [
    lambda: (lambda: [(u, v) for u, v in [(1, 2, 3)]])(),
    lambda: [0 for u, v in [(1,)]],
    lambda: [0 for u, *v, w in [(1,)]],
    lambda: [0 for u, v in [5]],
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f():
    m, n = 1, 2, 3
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{4: 0}], {**{"a": 1}, "b": 2}, (*"xy",))
