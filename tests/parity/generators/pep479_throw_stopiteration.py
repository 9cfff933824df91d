# test: PEP 479 also applies when StopIteration is thrown in with throw() and not handled: the caller gets RuntimeError
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print(next(g, "generator is closed"))

def handles():
    try:
        yield 1
    except StopIteration:
        yield "handled thrown StopIteration"
h = handles()
next(h)
print(h.throw(StopIteration("in")))
