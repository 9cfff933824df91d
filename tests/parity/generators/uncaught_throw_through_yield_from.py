# test: an exception thrown into a yield from chain that nobody handles is uncaught; the traceback lists each frame of the chain; finally blocks print first
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.throw(KeyError("nobody catches this"))
print("not reached")
