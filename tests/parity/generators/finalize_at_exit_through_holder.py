# test: a generator held only by another suspended generator is closed at exit after its holder is closed
def g(name):
    try:
        yield name
    finally:
        print("closing", name)
def outer():
    inner = g("inner")
    next(inner)
    yield inner
o = outer(); next(o)
print("end of program")
