# test: RuntimeError when dicts/sets change size during iteration (for loops, views, manual next), value updates allowed, a broken set iterator stays broken
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k] = k * 10
except RuntimeError as e:
    print("no error expected", e)
print(d)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for v in d.values():
        d.popitem(); d[v + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
it = iter(s)
next(it)
s.add(5)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s.discard(5)
try:
    print(next(it, "end"))
except RuntimeError as e:
    print("after restore:", type(e).__name__, e)
