# test: custom iterators: StopIteration ends loops and stays exhausted, errors raised mid-iteration propagate from for/zip, bad __iter__ results, shared iterators consumed by for/next/zip/map
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, list(c), list(c), next(c, "empty"))
for i, v in enumerate(Countdown(2), 1):
    print(i, v)
class Boom:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("boom at 3")
        return self.i
got = []
try:
    for v in Boom():
        got.append(v)
except ValueError as e:
    print(got, e)
try:
    list(zip(Boom(), range(10)))
except ValueError as e:
    print("zip", e)
print(list(zip(range(2), Boom())))
class BadIter:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return self
for obj in (BadIter(), NoNext()):
    try:
        for _ in obj: pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next(Countdown)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
for x in it:
    print("outer", x, next(it, None))
d = {1: "a", 2: "b"}
it = iter(d.items())
print(next(it), list(it))
s = "abc"
it = iter(s); next(it)
print(list(it), list(it))
r = iter(range(5))
print(list(zip(r, r)))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(list(m))
