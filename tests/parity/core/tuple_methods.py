# test: tuples: immutability, index/count, concatenation, comparison, hashing as dict keys
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], t[::-1])
print(len(t), 2 in t, max(t), min(t))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
print(tuple([1, 2]), tuple("ab"), tuple(), (1, [2]))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) == [1])
