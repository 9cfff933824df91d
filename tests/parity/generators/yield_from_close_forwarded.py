# test: close() on a delegating generator first closes the subgenerator (its finally runs first), then raises GeneratorExit in the delegator
import inspect

def sub():
    try:
        yield "sub"
    finally:
        print("  sub finally")

def outer():
    s = sub()
    try:
        yield from s
    except GeneratorExit:
        print("  outer sees GeneratorExit; sub is", inspect.getgeneratorstate(s))
        raise
    finally:
        print("  outer finally")

g = outer()
print(next(g))
g.close()
print(inspect.getgeneratorstate(g))
