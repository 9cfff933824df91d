# test: while paused, gi_yieldfrom links each generator of a delegation chain to the next; gi_running is False for all of them
import inspect

def leaf():
    yield "leaf"

def middle():
    yield from leaf()

def top():
    yield from middle()

g = top()
print(next(g))
node = g
while node is not None:
    print(node.__qualname__, inspect.getgeneratorstate(node), node.gi_running)
    node = node.gi_yieldfrom
list(g)
print("after:", g.gi_yieldfrom, inspect.getgeneratorstate(g))
