# test: the 3-argument throw(type, value, traceback) form: type plus instance, plain value, tuple value, a real traceback; a non-matching instance becomes an argument; errors for bad combinations (no DeprecationWarning in 3.11)
def gen():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("  caught", type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError, ValueError("instance"), None)
g.throw(ValueError, "plain value")
g.throw(ValueError, ("a", "tuple"))
g.throw(ValueError, None, None)
try:
    raise KeyError("with tb")
except KeyError as e:
    saved = e
g.throw(KeyError, saved, saved.__traceback__)
g.throw(ValueError, TypeError("not a ValueError"))
try:
    g.throw(ValueError("inst"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError, None, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
