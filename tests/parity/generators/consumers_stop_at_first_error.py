# test: min, max, set, frozenset, dict, dict.update and dict.fromkeys consume a generator item by item, so an error stops it before the next item is made
def g():
    print("yield 1")
    yield 1
    print("resumed after bad element")
    yield 2
try:
    dict(g())
except TypeError as e:
    print("TE", e)
def h():
    yield (1, 2)
    print("resumed")
    yield 3
    print("resumed again")
    yield (4, 5)
try:
    dict(h())
except TypeError as e:
    print("TE", e)
d = {}
try:
    d.update(h())
except TypeError as e:
    print("TE", e, d)
def g():
    yield 1
    yield 'a'
    print("resumed after bad element")
    yield 2
for f in (min, max, sorted, sum):
    try:
        print(f(g()))
    except TypeError as e:
        print(f.__name__, "TE", e)
import sys
def h():
    yield 3
    yield 1
    print("resumed h")
    yield 2
print(min(h(), key=lambda v: 1 / (v - 1) if v != 3 else 0) if False else '')
try:
    min(h(), key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    sorted(h(), key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZDE", e)
for f in (set, frozenset, tuple, list):
    pass
try:
    print(', '.join(x for x in ['a', 1, 'resumed?']))
except TypeError as e:
    print("TE", e)
def j():
    yield 'a'
    yield 1
    print("resumed j")
    yield 'b'
try:
    print(''.join(j()))
except TypeError as e:
    print("TE", e)
try:
    print(set(iter([[1]])) )
except TypeError as e:
    print("TE", e)
def k():
    yield 1
    yield [2]
    print("resumed k")
    yield 3
for f in (set, frozenset, lambda it: dict.fromkeys(it), lambda it: {x: 1 for x in it}, lambda it: {x for x in it}):
    try:
        f(k())
    except TypeError as e:
        print("TE", e)
def m():
    yield 1
    yield [2]
    print("resumed m")
    yield 3
for name, f in [("union", lambda: {0}.union(m())), ("issubset", lambda: {0}.issubset(m())),
                ("update", lambda: {0}.update(m()))]:
    try:
        f()
    except TypeError as e:
        print(name, "TE", e)
def n():
    yield 1
    yield 300
    print("resumed n")
    yield 2
try:
    bytes(n())
except ValueError as e:
    print("bytes VE", e)
