# test: default values, *args and **kwargs collection, and unpacking at the call site
def f(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs

print(f(1))
print(f(1, 20))
print(f(1, 2, 3, 4, 5))
print(f(1, c=30, d=40, e=50))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
print(f(b=5, a=6))

def total(*nums):
    return sum(nums), type(nums).__name__

print(total(), total(1, 2, 3), total(*range(5)))

def opts(**kw):
    return sorted(kw.items()), type(kw).__name__

print(opts(), opts(x=1, y=2), opts(**{"b": 1}, a=2))
def show(a, b, c):
    return f"{a}{b}{c}"
print(show(*"xy", c="z"), show(1, *[2], *(3,)))
