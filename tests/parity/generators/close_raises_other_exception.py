# test: if the generator raises another exception while handling GeneratorExit, close() propagates it with GeneratorExit as its context
import inspect

def gen():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)
    print("context:", type(e.__context__).__name__)
print(inspect.getgeneratorstate(g))
