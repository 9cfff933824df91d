# test: close() on a never-started generator runs nothing (no finally) and marks it closed; close() on an exhausted one is a no-op
import inspect

def gen():
    try:
        print("  body")
        yield 1
    finally:
        print("  finally")

g = gen()
print(inspect.getgeneratorstate(g))
print("close ->", g.close())
print(inspect.getgeneratorstate(g))
print(list(g))

h = gen()
print(list(h))
print("close exhausted ->", h.close())
