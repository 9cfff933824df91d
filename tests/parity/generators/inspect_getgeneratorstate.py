# test: inspect.getgeneratorstate through the life cycle: GEN_CREATED, GEN_RUNNING (seen from inside), GEN_SUSPENDED, GEN_CLOSED
import inspect

def gen():
    print("  inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g, None)
print(inspect.getgeneratorstate(g))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)

def gen2():
    yield 1
h = gen2()
h.close()
print("closed before start:", inspect.getgeneratorstate(h))
k = gen2()
next(k)
k.close()
print("closed while suspended:", inspect.getgeneratorstate(k))
