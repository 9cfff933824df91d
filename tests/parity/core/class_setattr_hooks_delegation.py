# test: __setattr__/__delattr__ hooks see augmented assignment, setattr(), property assignment (which then runs the setter), not class-level assignment; frozen objects; super().__setattr__ in a subclass
log = []
class S:
    def __init__(self):
        self.count = 0
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("del", name))
        super().__delattr__(name)
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v):
        log.append(("prop-setter", v))
        object.__setattr__(self, "_p", v * 2)
s = S()
s.count += 5
setattr(s, "dyn", [1])
s.dyn += [2]
s.p = 10
S.class_level = "no hook"
print(s.count, s.dyn, s.p, S.class_level, s.class_level)
del s.dyn
for entry in log:
    print(entry)
log.clear()
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n!r}: frozen")
    def __delattr__(self, n):
        raise AttributeError(f"cannot delete {n!r}: frozen")
f = Frozen(3)
for action in (lambda: setattr(f, "x", 4), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print(e)
def aug(obj):
    obj.x += 1
try:
    aug(f)
except AttributeError as e:
    print("aug:", e)
print(f.x)
class Sub(S):
    def __setattr__(self, n, v):
        super().__setattr__(n, str(v))
sub = Sub()
sub.val = 7
print(sub.val, sub.count, log)
