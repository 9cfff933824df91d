# test: an exception thrown in and not handled propagates out of throw(), running finally blocks; the generator is then closed
import inspect

def gen():
    try:
        yield 1
        print("  not reached")
    finally:
        print("  finally runs during propagation")

g = gen()
next(g)
try:
    g.throw(IndexError("out"))
except IndexError as e:
    print("propagated:", type(e).__name__, e)
print(inspect.getgeneratorstate(g), g.gi_frame is None)
print(next(g, "exhausted"))
