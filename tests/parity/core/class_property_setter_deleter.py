# test: property with getter, setter and deleter; deleting then reading; property on class access; property() with doc
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get")
        return self._v
    @v.setter
    def v(self, val):
        print("set", val)
        self._v = val
    @v.deleter
    def v(self):
        print("del")
        del self._v

b = Box()
print(b.v)
b.v = 5
print(b.v)
del b.v
try:
    b.v
except AttributeError as e:
    print(type(e).__name__, e)
b.v = 7
print(b.v, b.__dict__)
print(isinstance(Box.v, property))
p = Box.v
print(p.fget is not None, p.fset is not None, p.fdel is not None)

class RO:
    x = property(lambda self: 42)
r = RO()
print(r.x)
for op in ("set", "del"):
    try:
        if op == "set":
            r.x = 1
        else:
            del r.x
    except AttributeError as e:
        print(op, type(e).__name__)
