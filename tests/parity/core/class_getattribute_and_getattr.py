# test: user __getattribute__ sees instance/class/property/missing lookups and getattr/hasattr, not implicit special-method lookups; __getattr__ fallback after AttributeError only; super().__getattribute__ in a subclass
log = []
class G:
    cls_attr = "c"
    def __init__(self):
        self.inst = "i"
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append("fallback:" + name)
        return "fb-" + name
    def __len__(self): return 3
    def __repr__(self): return "G()"
    def method(self): return "m"
    @property
    def prop(self): return "p"
g = G()
log.clear()
m = g.method
print(g.inst, g.cls_attr, m(), g.prop, g.missing, log); log.clear()
print(len(g), repr(g), str(g), log); log.clear()
print(getattr(g, "inst"), hasattr(g, "nothing"), getattr(g, "zz", "d"), log); log.clear()
g.new = 5
print(g.__dict__, log); log.clear()
print(type(g).__name__, g.__class__.__name__, log); log.clear()
class Raiser:
    def __getattribute__(self, name):
        if name.startswith("bad"):
            raise KeyError(name)
        raise AttributeError(name)
    def __getattr__(self, name):
        return "rescued " + name
r = Raiser()
print(r.anything)
try:
    r.bad_one
except KeyError as e:
    print("KeyError", e)
print(getattr(r, "x", "default?"), hasattr(r, "y"))
try:
    hasattr(r, "bad")
except KeyError as e:
    print("hasattr propagates", e)
class Sub(G):
    def __getattribute__(self, name):
        if name == "inst":
            return "overridden"
        return super().__getattribute__(name)
s = Sub()
log.clear()
print(s.inst, s.cls_attr, s.missing2, log)
