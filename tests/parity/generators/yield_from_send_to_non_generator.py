# test: send(non-None) through yield from to a plain iterator fails with AttributeError (no send method); next()/send(None) use __next__
def outer():
    yield from iter([1, 2, 3])

g = outer()
print(next(g))
print(g.send(None))
try:
    g.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "outer ended, the AttributeError passed through it"))
