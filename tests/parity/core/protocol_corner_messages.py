# test: replaceable defaults, __rdivmod__, reflected operators of subclasses, and CPython's messages for odd __index__ and slice assignment
def f(a, b=2, *, d=4):
    return (a, b, d)
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"d": 40}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

class D:
    def __divmod__(self, o):
        return "divmod"
    def __rdivmod__(self, o):
        return "rdivmod"
print(divmod(D(), 1), divmod(1, D()))

class A:
    def __add__(self, o):
        return "A.add"
    def __radd__(self, o):
        return "A.radd"
class B(A):
    pass
class C(A):
    def __radd__(self, o):
        return "C.radd"
print(A() + B(), A() + C(), B() + A())

class BadIndex:
    def __index__(self):
        return "no"
for thunk in (lambda: [1][BadIndex()], lambda: range(BadIndex()), lambda: "ab"[BadIndex():]):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

items = [1, 2, 3]
try:
    items[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
items[1:] = "xy"
print(items)
for thunk in (lambda: getattr(items, 3), lambda: hasattr(items, None)):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
