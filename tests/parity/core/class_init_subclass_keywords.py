# test: class keywords reach __init_subclass__ (positional-only cls, **kw, defaults, **dict and *bases in the class statement), object.__init_subclass__ rejects leftovers, explicit classmethod
class P:
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag, kw)
class A(P, tag="a"): pass
class B(A): pass
class C(B, tag="c"): pass
print(A.tag, B.tag, C.tag)
try:
    class D(P, tag="d", extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)
kw = {"tag": "from-dict"}
class E(P, **kw): pass
print(E.tag)
bases = (P,)
class F(*bases, tag="star"): pass
print(F.tag, F.__bases__ == (P,))
class Q:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class R(Q, x=1): pass
