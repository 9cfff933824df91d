# test: a generator paused inside an except block keeps its own "current exception" (sys.exc_info) separate from the caller's
import sys

def gen():
    try:
        raise KeyError("inside gen")
    except KeyError:
        yield "paused in handler: " + repr(sys.exc_info()[1])
        yield "resumed in handler: " + repr(sys.exc_info()[1])
    yield "after handler: " + repr(sys.exc_info()[1])

g = gen()
print(next(g))
print("caller sees:", sys.exc_info()[1])
try:
    raise ValueError("in caller")
except ValueError:
    print(next(g))
    print("caller still sees:", repr(sys.exc_info()[1]))
print(next(g))
