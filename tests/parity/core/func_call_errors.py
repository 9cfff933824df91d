# test: CPython's TypeError messages for missing, extra, unexpected and duplicated arguments
def f(a, b, c=3):
    return a + b + c

def g():
    return 0

def h(x, *, y):
    return x

calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: g(1),
    lambda: g(x=1),
    lambda: h(1, 2),
    lambda: h(),
    lambda: f(1, **{"b": 2, "c": 3, "e": 5}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(*5),
    lambda: f(1, **[2]),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
