# test: lambdas with defaults, closures, conditional bodies, immediate calls and as sort keys
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "called")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-3, 0, 4)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
print(square.__name__, (lambda: 0).__name__)
data = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
print(sorted(data, key=lambda d: d["n"]))
print(list(map(lambda x: x % 3, range(7))))
