# test: single-inheritance super chains, super(Cls, self), class decorators, class counters via type(self), __init__ returning non-None, zero-arg super outside a class
class A:
    def hi(self): return ["A"]
class B(A):
    def hi(self): return ["B"] + super().hi()
class C(A):
    def hi(self): return ["C"] + super().hi()
class D(B):
    def hi(self): return ["D"] + super().hi()
print(D().hi(), C().hi(), [k.__name__ for k in D.__mro__])
class Base:
    @property
    def val(self): return 1
class Der(Base):
    @property
    def val(self): return Base.val.fget(self) + 10
print(Der().val)
def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class T: pass
print(T.tag)
class Meta_like:
    def __init__(self, *a): pass
class P:
    def __init__(self, x): self.x = x
class Q(P):
    def __init__(self, x, y):
        super(Q, self).__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y, isinstance(q, P), issubclass(Q, P), Q.__base__.__name__)
class S:
    def m(self): return "S.m"
class S2(S):
    def m(self): return "S2.m+" + S.m(self)
print(S2().m())
class Counter:
    n = 0
    def __init__(self):
        type(self).n += 1
class Sub(Counter): pass
Counter(); Counter(); Sub()
print(Counter.n, Sub.n)
class WithClassVarList:
    def method(self): return self.__class__.__name__
print(WithClassVarList().method())
try:
    super().x
except RuntimeError as e:
    print(type(e).__name__, e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Abstractish:
    def area(self): raise NotImplementedError("subclass must implement")
try:
    Abstractish().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(D.hi is not B.hi, D().hi.__func__ is D.hi, type(D.hi).__name__, type(D().hi).__name__)
