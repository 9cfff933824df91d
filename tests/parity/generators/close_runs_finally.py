# test: close() raises GeneratorExit at the paused yield, finally blocks run, close() returns None and later next() raises StopIteration
import inspect

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in gen")

g = gen()
print(next(g))
print("close() ->", g.close())
print(inspect.getgeneratorstate(g))
print(next(g, "exhausted"))
print("second close() ->", g.close())
