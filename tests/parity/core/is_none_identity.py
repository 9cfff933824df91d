# test: `is`/`is not` on None, True, False and on freshly built containers
x = None
print(x is None, x is not None, x == None)

def nothing():
    pass

print(nothing() is None, nothing())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(True is True, (1 == 1) is True, bool(0) is False)
print(type(None).__name__, repr(None), str(None))
d = {}
print(d.get("missing") is None)
y = x or "fallback"
print(y)
print(None is None is None)
