# test: an exception raised inside a generator keeps the __context__ it got there when it propagates out through list(), next() and send()
def g():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("from gen")
    yield 1
try:
    raise TypeError("outer")
except TypeError:
    try:
        list(g())
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def h():
    raise ValueError("plain")
    yield
try:
    raise TypeError("outer2")
except TypeError:
    try:
        next(h())
    except ValueError as e:
        print(repr(e), repr(e.__context__))
def k():
    yield
    raise ValueError("after resume")
it = k(); next(it)
try:
    raise TypeError("outer3")
except TypeError:
    try:
        it.send(None)
    except ValueError as e:
        print(repr(e), repr(e.__context__))
