# test: several ways to write an empty generator; each is a generator and yields nothing
import inspect

def a():
    return
    yield

def b():
    if False:
        yield

def c():
    yield from ()

def d():
    yield from []

for f in (a, b, c, d):
    g = f()
    print(f.__name__, inspect.isgeneratorfunction(f), type(g).__name__, list(g), next(f(), "empty"))
