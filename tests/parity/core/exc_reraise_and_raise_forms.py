# test: finally with inner handled exception, re-raise by name, bare raise, raising classes/non-exceptions, from non-exception, exceptions without super().__init__
def f():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
g()
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
def h():
    try:
        raise TypeError("t")
    except TypeError:
        return "returned in except"
    finally:
        print("finally after except return")
print(h())
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise e
except KeyError as e2:
    print("reraise", e2, e2.__context__)
def bare():
    try:
        1/0
    except:
        print("bare caught")
        raise
try:
    bare()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class E(Exception): pass
try:
    raise E
except E as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (KeyError, ValueError) as e:
        print("tuple catch", type(e).__name__)
        raise IndexError("inside")
except IndexError as e:
    print(type(e.__context__).__name__)
e = ValueError("x")
print(e.with_traceback(None) is e, e.__traceback__)
class Weird(Exception):
    def __init__(self):
        pass
print(repr(Weird()), str(Weird()), Weird().args)
print(ZeroDivisionError.__mro__[1].__name__, LookupError.__bases__, KeyError.__mro__[-2].__name__)
