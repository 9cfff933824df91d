# test: list slicing with steps, slice assignment (growing, shrinking, extended) and slice deletion
a = list(range(10))
print(a[2:8:2], a[::-3], a[-4:], a[8:2:-2])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = a[::-1]
print(a)
b = list(range(6))
b[::2] = ["e0", "e2", "e4"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = [1, 2, 3, 4]
c[1:3] = []
print(c)
c[len(c):] = [7, 8]
print(c)
d = [0, 1, 2, 3, 4, 5]
del d[1::2]
print(d)
e = [1, 2, 3]
e[0:2] = "ab"
print(e)
print(a[100:], a[-100:1])
