# test: send() of a non-None value to a just-started generator raises TypeError and leaves it startable; send(None) starts it
import inspect

def gen():
    print("  started")
    x = yield 1
    print("  got", x)
    yield 2

g = gen()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(inspect.getgeneratorstate(g))
print(g.send(None))
print(g.send("now fine"))
h = gen()
try:
    h.send(0)
except TypeError as e:
    print("even 0 is rejected:", e)
try:
    h.send(False)
except TypeError as e:
    print("even False is rejected:", e)
print(next(h))
