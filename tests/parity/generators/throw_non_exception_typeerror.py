# test: throw() with something that is not an exception raises TypeError in the caller and leaves the generator suspended
import inspect

def gen():
    yield 1
    yield 2

g = gen()
next(g)
for bad in (42, "text", object, None):
    try:
        g.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.getgeneratorstate(g))
print(next(g))
