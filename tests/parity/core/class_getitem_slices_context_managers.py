# test: __getitem__/__setitem__/__delitem__ with slices and tuples, __reversed__, multiple context managers with suppression, return/continue/break through with, failing __exit__, non-context-managers
class Grid:
    def __init__(self): self.data = list(range(10))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ("tuple", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
    def __delitem__(self, k):
        print("delitem", k)
    def __reversed__(self):
        return iter(["r1", "r2"])
g = Grid()
print(g[1], g[1:2], g[::2], g[1, 2], g[1:2, ::3], g[-1], g[...] if False else "")
g[1:3] = "ab"
g[0, 1] = 5
del g[::2]
del g[4]
print(list(reversed(g)))
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x, CM("b", suppress=True) as y:
    print("body", x, y)
    raise ValueError("inner")
print("after")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def early():
    with CM("d"):
        return "returned"
print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
