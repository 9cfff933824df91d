# test: float literals: fraction, leading/trailing dot, exponents with signs, underscores
a = 3.14
b = .5
c = 5.
d = 1e10
e = 1E-3
f = 2.5e+3
g = 1_000.000_1
h = 1_0e1_0
i = 0.0
j = 00.5
k = 0e0
print(a, b, c, d, e, f, g, h, i, j, k)
print(1.5e300 * 1.5e300, -2.0, 7 / 2)
