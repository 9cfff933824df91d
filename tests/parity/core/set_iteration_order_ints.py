# test: iteration order of int/float/tuple sets after adds, discards, resizes and set algebra (deterministic hashes)
print({5, 3, 100, 1, -1, 8, 33, 64, 2**40, -7})
s = set()
for i in [50, 10, 90, 30, 70, 20, 80, 40, 60, 0, 15, 25]:
    s.add(i)
print(s)
s2 = set(range(0, 200, 17))
print(s2)
for i in range(0, 200, 34):
    s2.discard(i)
print(s2)
s2.update([1000, 8, 16, 24])
print(s2)
print({-1, -2, -3, 4, 5}, {2**64, 2**63, 1, 2**32+1}, {1.5, 2, 3.0, -0.5})
print({i * 8 for i in range(20)})
print({i * 1024 for i in range(10)} | {3, 7})
print({3, 1, 2} & {2, 3, 7}, {32, 64, 1} - {64}, {9, 17, 25} ^ {17, 33})
d = {}
for k in [(1, 2), (2, 1), (0, 0), (3, 3)]:
    d[k] = 1
print(set(d), {(1, 2), (2, 1), (3, 4), (0, 0), (-1, 5)})
print({None, True, 0} if False else {True, 0, 2}, {frozenset([1]), 1} if False else "")
s3 = {1, 2, 3}
s3.pop(); print(s3)
s4 = set(range(100))
for i in range(0, 100, 3):
    s4.remove(i)
print(list(s4)[:10], len(s4))
s5 = {7, 15, 23}
s5.add(31); s5.add(39); s5.add(47)
print(s5)
