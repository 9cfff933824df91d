# test: an exception thrown into a yield from chain that the subgenerator does not handle ends the subgenerator and is raised in the delegator at the yield from
import inspect

def sub():
    try:
        yield 1
    finally:
        print("  sub finally")

def outer():
    s = sub()
    try:
        yield from s
    except KeyError as e:
        print("  outer caught", repr(e), "sub state:", inspect.getgeneratorstate(s))
        yield "outer recovered"

g = outer()
next(g)
print(g.throw(KeyError("k")))
