# test: throw() into a finished or closed generator simply raises the exception in the caller
def gen():
    yield 1

g = gen()
list(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("exhausted:", type(e).__name__, e)
h = gen()
h.close()
try:
    h.throw(RuntimeError)
except RuntimeError as e:
    print("closed:", type(e).__name__, e.args)
