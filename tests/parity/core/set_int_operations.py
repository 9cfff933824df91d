# test: set operations on ints with operators and methods, subset relations, frozenset hashing, mutation errors
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(range(3)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > b, a.isdisjoint({7, 8}), a.issubset(range(10)))
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 2], {8})
print(s, len(s))
s.discard(100)
s.remove(5)
try:
    s.remove(5)
except KeyError as e:
    print(type(e).__name__, e)
f = frozenset([3, 1])
print(f, {f: "frozen"}[f], f | {2}, type(f | {2}).__name__, type({2} | f).__name__)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), set() == {}, sorted({-1, 5, 0, 3}), {True, 1, 1.0})
t = {x % 4 for x in range(10)}
print(t, sum(t), max(t), 3 in t)
x = {10, 20}
while x:
    print(x.pop())
try:
    x.pop()
except KeyError as e:
    print(type(e).__name__, e)
