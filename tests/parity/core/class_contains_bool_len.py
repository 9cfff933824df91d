# test: __contains__ vs __iter__ fallback for `in`; truthiness via __bool__ then __len__; bad __bool__/__len__ results
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
class Seq:
    def __iter__(self):
        return iter([1, 2, 3])
class GI:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
print(4 in Evens(), 3 in Evens(), 5 not in Evens())
print(2 in Seq(), 7 in Seq(), 30 in GI(), 35 in GI())

class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print("yes" if L(2) else "no", not L(0), len([x for x in [L(0), L(1), B(False)] if x]))
for bad in (B(1), L(-1)):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(L("3"))
except TypeError as e:
    print(type(e).__name__, e)
