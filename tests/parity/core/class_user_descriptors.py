# test: descriptors written in Python: __get__ on instance and class access, __set__/__delete__ data descriptors beat the instance dict, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be an int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Lazy:
    def __get__(self, obj, owner):
        return "computed"

class Point:
    x = Typed()
    y = Typed()
    label = Lazy()

p = Point()
print(p.x, isinstance(Point.x, Typed))
p.x = 3
p.y = 4
print(p.x, p.y, sorted(vars(p)))
try:
    p.x = "no"
except TypeError as e:
    print(type(e).__name__, e)
del p.x
print(p.x)
print(p.label, Point.label)
p.__dict__  # non-data descriptors lose to the instance namespace
p.label = "own"
print(p.label)
