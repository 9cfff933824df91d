# test: assigning anywhere in a function makes the name local, so an earlier read raises UnboundLocalError
x = 10

def f():
    print(x)
    x = 5

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def g():
    y = 1
    del y
    return y

try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)

print(issubclass(UnboundLocalError, NameError))

def h(flag):
    if flag:
        z = "set"
    return z

print(h(True))
try:
    h(False)
except NameError as e:
    print(type(e).__name__, e)
