# test: what every class inherits from object: != through __eq__, super().__init__/__init_subclass__/__repr__, docstrings, hooks
class V:
    """A value."""
    def __init__(self, n):
        super().__init__()
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    __hash__ = None
    def __repr__(self):
        return "V(" + super().__repr__().split(" object")[0].split(".")[-1] + f", {self.n})"
print(V(1) != V(1), V(1) != V(2), V(1) == V(1), V(1) != 3)
print(V.__doc__, V.__init__.__doc__, repr(V(7)))

class Plugin:
    registry = []
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, kind))
class A(Plugin, kind="a"):
    pass
class B(Plugin):
    pass
print(Plugin.registry)
try:
    class C(Plugin, kind="c", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "missing " + name
log = Logged()
log.x = 1
print(log.x, log.secret, log.nope)
del log.x
print(log.x)

class Base:
    @property
    def size(self):
        return 3
class Big(Base):
    @property
    def size(self):
        return super().size * 10
print(Big().size)

f1, f2 = frozenset([1, 2]), frozenset([2, 1])
print(f1 == f2, hash(f1) == hash(f2), {f1: "x"}[f2], frozenset() in {frozenset()})

class M:
    def m(self):
        return 1
obj = M()
print(obj.m == obj.m, obj.m in [obj.m], M().m == M().m)

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", "b", sep="-", end="!", file=w)
print(w.parts)

try:
    try:
        raise KeyError("k")
    except (KeyError, "not a class"):
        print("unreachable")
except TypeError as e:
    print(type(e).__name__, e)

try:
    object.__init__(obj, 1)
except TypeError as e:
    print(type(e).__name__, e)
