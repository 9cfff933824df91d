# test: sys.exc_info() inside a generator sees its own handled exception while suspended in an except block, and the resumer's otherwise
import sys
def g():
    print("in gen:", sys.exc_info()[0])
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
        print("resumed:", sys.exc_info()[0])
    yield sys.exc_info()[0]
it = g()
try:
    raise ValueError
except ValueError:
    print(next(it))
print("outside:", sys.exc_info()[0])
print(next(it))
try:
    raise TypeError
except TypeError:
    print(next(it, "end"))
