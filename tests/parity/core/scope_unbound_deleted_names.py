# test: UnboundLocalError/NameError messages for locals, deleted names, free variables deleted before use, class-body del, walrus binding in comprehensions, mutable defaults
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    del undefined_local
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    y = 1
    del y
    return y
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    v = 1
    def inner():
        return v
    del v
    return inner()
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)
try:
    del nothing_here
except NameError as e:
    print(type(e).__name__, e)
class K:
    a = 1
    del a
    try:
        a
    except NameError as e:
        print(type(e).__name__, e)
print(hasattr(K, "a"))
def walrus():
    data = [1, 5, 3]
    if (n := len(data)) > 2:
        print("n", n)
    print([y for v in data if (y := v * 2) > 4], y)
walrus()
def loopvar():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as e:
        return str(e)
print(loopvar())
def nonlocal_unbound():
    def inner():
        nonlocal z
        z = 3
    z = 0
    inner()
    return z
print(nonlocal_unbound())
def default_mutable(acc=[]):
    acc.append(1)
    return len(acc)
print(default_mutable(), default_mutable(), default_mutable([]))
print((lambda: (yield_ := 5) + 1)())
