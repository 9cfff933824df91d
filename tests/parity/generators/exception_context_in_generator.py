# test: an exception raised in a generator resumed inside the caller's except block gets the caller's handled exception as __context__ (the generator's exception state chains to the caller's)
def gen():
    yield 1
    raise TypeError("from gen")

g = gen()
next(g)
try:
    try:
        raise ValueError("caller's")
    except ValueError:
        next(g)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
