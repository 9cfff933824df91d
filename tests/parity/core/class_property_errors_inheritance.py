# test: property error messages (no setter/deleter/getter), setter() returns a new property, subclass shadowing a property with a class attribute or another property, replacing the property on the class, property(fget, fset, fdel, doc)
class C:
    @property
    def ro(self): return 1
    def _set(self, v): self._w = v
    wo = property(None, _set)
    @property
    def x(self): return "x"
for f in (lambda: setattr(C(), "ro", 2), lambda: delattr(C(), "ro"), lambda: C().wo, lambda: setattr(C(), "wo", 5)):
    try:
        print(f())
    except AttributeError as e:
        print(type(e).__name__, e)
p1 = C.x
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p2.fget is p1.fget, p1.fset, p2.fset is not None)
class D(C):
    x = "plain class attr"
print(D().x, C().x)
class E(C):
    @property
    def x(self): return "E.x"
print(E().x)
obj = C()
try:
    obj.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
C.x = 99
print(obj.x)
class F:
    def __init__(self): self._v = 0
    def get_v(self): return self._v
    def set_v(self, v): self._v = v * 2
    def del_v(self): print("deleting")
    v = property(get_v, set_v, del_v, "the v")
f = F()
f.v = 5
print(f.v, F.v.__doc__)
del f.v
print(type(F.v).__name__, callable(F.v.fget))
