# test: function attributes, methods added to a class after instances exist, functions stored on instances are not bound, staticmethod()/classmethod() wrapping, bound method outliving del
def f(a, b=2, *c, d=4, **e):
    return a
f.custom = "attr"
print(f.custom, f.__name__, f.__defaults__, f.__dict__)
print(f(1), f(1, 5))
def g(): pass
print(g.__defaults__, g.__module__)
class C:
    def m(self): return "m"
c = C()
print(c.m is c.m, C.m is C.m, c.m.__self__ is c, c.m.__func__ is C.m)
C.later = lambda self: "later"
print(c.later(), C.later(c))
def free(self, x): return ("free", x)
C.free = free
print(c.free(1), c.free.__name__)
c.inst_fn = free
print(c.inst_fn(c, 2))
try:
    c.inst_fn(3)
except TypeError as e:
    print(type(e).__name__, e)
class Callable:
    def __call__(self, *a): return ("callable", len(a))
C.callobj = Callable()
print(c.callobj(1))
C.sm = staticmethod(free)
print(c.sm(1, 2), C.sm(1, 2))
C.cm = classmethod(lambda cls, x: (cls.__name__, x))
print(c.cm(5), C.cm(6))
bound = c.m
del C.m
try:
    c.m()
except AttributeError as e:
    print(type(e).__name__, e)
print(bound())
print(type(f).__name__, type(len).__name__, type(c.free).__name__, type(C).__name__)
print(len.__name__, print.__name__, [].append.__name__)
