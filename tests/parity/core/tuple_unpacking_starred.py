# test: tuple unpacking, starred targets, nested unpacking, swaps and the unpacking ValueErrors
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(5)
print(x, mid, y)
p, *q = [9]
print(p, q)
(m, n), [o, (r, s)] = (1, 2), [3, (4, 5)]
print(m, n, o, r, s)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
t = 1, 2, 3
print(t, type(t).__name__, (1,), ())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab"], (*[1, 2], 3))
