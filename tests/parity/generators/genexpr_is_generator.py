# test: a generator expression is a full generator: send(None), throw() and close() work, and it runs in its own frame
import inspect

g = (x * 10 for x in range(3))
print(type(g).__name__, g.__name__, g.gi_code.co_name, inspect.getgeneratorstate(g))
print(g.send(None))
print(next(g))
print("send('ignored') ->", g.send("ignored"))
print(inspect.getgeneratorstate(g), list(g))
t = (x for x in range(3))
next(t)
try:
    t.throw(KeyError("boom"))
except KeyError as e:
    print("throw propagates:", type(e).__name__, e, inspect.getgeneratorstate(t))
c = (x for x in range(3))
print(next(c))
c.close()
print("after close:", list(c))
u = (x for x in range(3))
try:
    u.send(1)
except TypeError as e:
    print("TypeError:", e)
