# test: a return inside a generator's finally replaces a pending exception and becomes StopIteration.value; close() during it is quiet
def gen():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return "finally wins"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
except KeyError:
    print("never")

h = gen()
next(h)
print("close() ->", h.close())

def gen2():
    try:
        yield 1
    finally:
        print("  finally with a pending", "exception")
t = gen2()
next(t)
try:
    t.throw(OSError("disk"))
except OSError as e:
    print("OSError propagated after finally:", e)
