# test: keyword-only parameters after * and positional-only parameters before /
def kw_only(a, *, b, c=3):
    return a, b, c

print(kw_only(1, b=2), kw_only(1, c=0, b=5))

def pos_only(a, b, /, c, *, d=4):
    return a, b, c, d

print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=5))

def mixed(x, /, y=10, *rest, z, **kw):
    return x, y, rest, z, kw

print(mixed(1, z=2), mixed(1, 2, 3, 4, z=5, x=6))

try:
    kw_only(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_only(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
