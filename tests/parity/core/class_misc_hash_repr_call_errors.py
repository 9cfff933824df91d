# test: class repr/str, __init__/method arity error messages, __hash__ result normalisation and type errors, __name__ assignment, __eq__ returning NotImplemented both ways, __bool__ raising
class A:
    def __init__(self, x): self.x = x
    def m(self, a, b=1): return a
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(A, A.m.__qualname__, repr(A).startswith("<class"), str(A))
class Outer:
    class In: pass
print(Outer.In, type(Outer.In()).__name__)
for f in (lambda: A(), lambda: A(1, 2), lambda: A(1).m(), lambda: A(1).m(1, 2, 3), lambda: A(1).m(1, c=2), lambda: A.m(1), lambda: A(x=1, y=2),
          lambda: hash(H("s")), lambda: hash(H(2**100)) == hash(2**100), lambda: hash(H(-1)), lambda: hash(H(1.5)), lambda: hash(H(True))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
class Neither:
    def __eq__(self, o): return NotImplemented
n = Neither()
print(n == n, n == Neither(), n != Neither(), n == 1)
class BoolErr:
    def __bool__(self): raise ValueError("no truth")
try:
    if BoolErr(): pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    not BoolErr()
except ValueError as e:
    print(type(e).__name__, e)
print(BoolErr() is not None, [BoolErr()] != [])
try:
    BoolErr() and 1
except ValueError as e:
    print("and", e)
