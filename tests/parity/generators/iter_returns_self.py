# test: a generator is its own iterator: iter(g) is g, g.__iter__() is g, and __next__ is the same as next()
def gen():
    yield 10
    yield 20

g = gen()
print(iter(g) is g)
print(g.__iter__() is g)
print(g.__next__())
print(next(g))
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(hasattr(g, "__len__"), hasattr(g, "__getitem__"))
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
