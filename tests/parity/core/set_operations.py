# test: set union, intersection, difference, symmetric difference, subset tests and methods on ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(b), a.isdisjoint({7, 8}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 2])
s.discard(100)
s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
print(set([3, 3, 1]), {x % 4 for x in range(20)}, set())
print(frozenset({1, 2}) == {1, 2}, 2 in a, 9 not in a)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
c = {1, 2}
c |= {3}
c &= {2, 3}
print(c, sorted({"b", "a", "c"}))
print(repr(set()), repr(frozenset()))
