# test: positional-only, keyword-only, defaults, *args/**kwargs binding and the TypeError message for each kind of bad call
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
calls = [
    lambda: f(d=1),
    lambda: f(1),
    lambda: f(1, a=2, d=3),
    lambda: f(1, 2, c=3, c2=4),
    lambda: f(1, b=5, d=1),
    lambda: f(1, d=1, **{"d": 2}),
    lambda: f(*[1], **{"d": 1, "x": 2}),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda x: x)(),
    lambda: (lambda x, y: x)(y=1),
    lambda: (lambda *, k: k)(1),
    lambda: (lambda: 0)(a=1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: f(1, *5, d=1),
    lambda: f(1, **[1], d=1),
    lambda: len(),
    lambda: len([], []),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
