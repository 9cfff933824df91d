# test: raising inside finally replaces the in-flight exception and chains it as __context__; from None suppresses
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)

def g():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("wrapped") from None
try:
    g()
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

def h():
    try:
        int("x")
    except ValueError as v:
        raise TypeError("explicit") from v
try:
    h()
except TypeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)

try:
    try:
        raise OSError("a")
    except OSError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner ctx", type(inner.__context__).__name__)
        raise
except OSError as outer:
    print("outer", outer, outer.__context__)
e = Exception("x")
e.__cause__ = ValueError("manual")
print(e.__suppress_context__, type(e.__cause__).__name__)
