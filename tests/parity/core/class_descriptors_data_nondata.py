# test: user descriptors: __set_name__ at class creation (not for later assignment), data descriptors win over the instance, non-data ones lose to it, __get__ with obj None, __delete__, inherited descriptors, descriptors returning callables
log = []
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        log.append(f"delete {self.name}")
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None, owner.__name__)
class Point:
    x = Typed(int)
    y = Typed(int)
    label = NonData()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(log); log.clear()
print(p.x, p.y, Point.x.name, p.label, Point.label)
try:
    p.x = "3"
except TypeError as e:
    print(type(e).__name__, e)
print(p.x, p.__dict__)
p.label = "instance wins over non-data"
print(p.label)
del p.y
print(log, p.y)
class Sub(Point):
    z = Typed(float)
print(log); log.clear()
s = Sub(5, 6)
s.z = 1.5
print(s.x, s.z, vars(s))
class Late:
    pass
Late.attr = Typed(str)
print(log, hasattr(Late.attr, "name"))
class CountAccess:
    def __init__(self): self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class UsesIt:
    c = CountAccess()
u = UsesIt()
print(u.c, u.c, UsesIt.c, UsesIt.__dict__["c"].n)
class Meth:
    def __get__(self, obj, owner):
        return lambda *a: ("bound-ish", a)
class H:
    m = Meth()
print(H().m(1, 2))
