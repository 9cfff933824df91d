# test: del of a global name, of list items and slices, of dict keys, and NameError afterwards
a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
print(b)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)

d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)

p, q = 3, 4
del p, q
print("p" in globals(), "q" in globals())
