# test: PEP 479: `raise StopIteration` inside a generator becomes "RuntimeError: generator raised StopIteration" with the StopIteration as __cause__
import inspect

def gen():
    yield 1
    raise StopIteration("explicit")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__, "| suppress_context:", e.__suppress_context__)
print(inspect.getgeneratorstate(g))
try:
    list(gen())
except RuntimeError as e:
    print("list() also sees:", e)
