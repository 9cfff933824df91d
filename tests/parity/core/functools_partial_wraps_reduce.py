# test: functools.partial (nested, keyword override, attributes) and wraps copying name/qualname/__wrapped__; reduce with initial
import functools
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(5), square(5, exp=3), cube_mod(7), cube_mod(7, mod=100))
two_to = functools.partial(power, 2)
print(two_to(10), functools.partial(two_to, 5)(), two_to.func is power, two_to.args, square.keywords)
p = functools.partial(print, "a", sep="|")
p("b", "c")
p("d", sep="+")
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        """wrapper doc"""
        print("calling", fn.__name__, a, kw)
        return fn(*a, **kw)
    return wrapper
@deco
def add(x, y=1):
    """Add numbers."""
    return x + y
print(add(2), add(2, y=5), add.__name__, add.__qualname__, add.__wrapped__(10))
def plain(fn):
    def inner(): return fn()
    return inner
@plain
def named(): return 1
print(named.__name__, named())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + [b], "abc", []))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
