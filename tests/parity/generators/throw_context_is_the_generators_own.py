# test: throw() chains the thrown exception only to what the generator itself was handling, never to the caller's exception (also for finished and unstarted generators)
def g():
    yield 1
done = g()
list(done)
try:
    raise KeyError("handling")
except KeyError:
    try:
        done.throw(ValueError("v"))
    except ValueError as e:
        print("finished:", repr(e.__context__))
fresh = g()
try:
    raise KeyError("handling")
except KeyError:
    try:
        fresh.throw(ValueError("v"))
    except ValueError as e:
        print("unstarted:", repr(e.__context__))
def h():
    yield 1
s = h(); next(s)
try:
    raise KeyError("handling")
except KeyError:
    try:
        s.throw(ValueError("v"))
    except ValueError as e:
        print("suspended:", repr(e.__context__))
