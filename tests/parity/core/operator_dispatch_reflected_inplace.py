# test: binary operator dispatch: subclass reflected method priority, __iadd__ returning NotImplemented falls back, all reflected operators, __len__ overflow/bool, in-place operators returning other objects
class A:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print("A.add"); return "A+"
    def __radd__(self, o):
        print("A.radd"); return "+A"
    def __iadd__(self, o):
        print("A.iadd"); return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
class B(A):
    def __radd__(self, o):
        print("B.radd"); return "+B"
class C(A):
    pass
print(A(1) + A(2))
print(A(1) + B(2))
x = A(1)
x += 5
print(x)
try:
    A(1) * A(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 * A(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyR:
    def __rsub__(self, o): return f"{o}-R"
    def __rpow__(self, o): return f"{o}**R"
    def __rtruediv__(self, o): return f"{o}/R"
    def __rfloordiv__(self, o): return f"{o}//R"
    def __rmod__(self, o): return f"{o}%R"
    def __rlshift__(self, o): return f"{o}<<R"
    def __rand__(self, o): return f"{o}&R"
    def __ror__(self, o): return f"{o}|R"
    def __rxor__(self, o): return f"{o}^R"
    def __rmatmul__(self, o): return f"{o}@R"
    def __rdivmod__(self, o): return f"divmod({o},R)"
r = OnlyR()
print(1 - r, 2 ** r, 3 / r, 4 // r, 5 % r, 6 << r, 7 & r, 8 | r, 9 ^ r, [] @ r if False else "", pow(2, r))
try:
    r - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    r @ r
except TypeError as e:
    print(type(e).__name__, e)
class Big:
    def __len__(self): return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
class LenBool:
    def __len__(self): return True
print(len(LenBool()))
class IM:
    def __init__(self): self.v = [1]
    def __imul__(self, k): self.v *= k; return self
    def __isub__(self, k): return "isub-result"
    def __ipow__(self, k): return "ipow"
    def __ior__(self, k): return "ior"
i = IM(); i *= 3; print(i.v)
i -= 1; print(i)
j = IM(); j **= 2; print(j)
j = IM(); j |= 2; print(j)
