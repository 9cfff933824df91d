# test: slice assignment growing/shrinking, extended-slice assignment size rules, del with slices and steps
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[::2] = "ABCDE"[:len(a[::2])]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[::-2]
print(b)
c = [1, 2, 3]
c[5:] = [9]
print(c)
c[:0] = (7, 8)
print(c)
c[1:3] = range(3)
print(c)
d = [0, 1, 2, 3]
d[::-1] = [10, 11, 12, 13]
print(d)
try:
    del d[10]
except IndexError as e:
    print(type(e).__name__, e)
del d[10:20]
print(d)
