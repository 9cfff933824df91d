# test: __eq__ used by in/count/index/tuple ==, old-style __getitem__ iteration, __next__ iterators unpacked and consumed by builtins, __qualname__
class A:
    def __init__(self):
        self.v = 1
    def __eq__(self, o):
        return True
print(A() in [1], [A()].count(5), [1, 2].index(A()), (A(),) == (3,))
class M:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 2
print(list(M()), list(reversed(M())), sorted(M(), reverse=True), 4 in M(), tuple(M()))
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), sum(Iter()), dict(zip(Iter(), "abc")), [*Iter()], max(Iter()))
a, b2, c = Iter()
print(a, b2, c)
class NotIter:
    def __iter__(self): return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
print(A.__name__, A.__qualname__, A.__module__, type(A()).__name__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fn():
    def inner(): pass
    return inner
print(fn().__qualname__, fn.__name__)
