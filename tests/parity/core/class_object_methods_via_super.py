# test: object's own methods reached through super() and object.X: __init__, __repr__, __str__, __eq__/__ne__ returning NotImplemented, __hash__, __setattr__, __getattribute__, __delattr__, __new__
class A:
    def __init__(self):
        super().__init__()
        self.a = 1
    def __repr__(self):
        return "A<" + super().__repr__()[:10] + ">"
    def __eq__(self, o):
        r = super().__eq__(o)
        return r
    def __hash__(self):
        return super().__hash__() % 1 + 5
    def __setattr__(self, n, v):
        print("setattr", n, v)
        super().__setattr__(n, v)
    def __getattribute__(self, n):
        if n == "magic":
            return 42
        return super().__getattribute__(n)
    def __delattr__(self, n):
        print("delattr", n)
        object.__delattr__(self, n)
    def __str__(self):
        return "S:" + object.__str__(self)[:10]
a = A()
print(a.a, a.magic, repr(a), str(a), a == a, a == A(), hash(a), a != a)
del a.a
try:
    a.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.zz
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__eq__(a, a), object.__ne__(a, 1), object.__eq__(a, 1))
print(A.__init__ is not object.__init__, object.__init__(a) is None)
try:
    A.__new__(A, 1).__class__.__name__
    print("new ok")
except TypeError as e:
    print(type(e).__name__, e)
class B:
    pass
try:
    B(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__new__(B).__class__.__name__, type(object.__new__(B)).__name__)
