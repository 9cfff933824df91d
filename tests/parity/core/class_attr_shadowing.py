# test: instance attributes shadow class attributes; del instance attr reveals class attr; mutable class attr shared
class C:
    x = 1
    items = []
    def get(self):
        return self.x

a = C(); b = C()
a.x = 10
print(a.x, b.x, C.x, a.get(), b.get())
C.x = 2
print(a.x, b.x)
del a.x
print(a.x, "x" in a.__dict__)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
a.items.append(1)
b.items.append(2)
print(C.items, a.items is b.items)
a.items = [9]
print(a.items, b.items, C.items)
a.get = lambda: "instance"
print(a.get(), b.get())
print([k for k in ("x", "items", "get") if k in a.__dict__])
