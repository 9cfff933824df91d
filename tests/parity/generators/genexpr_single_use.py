# test: a generator expression can be consumed only once; `in` and any() consume it partially
g = (n for n in range(6))
print(3 in g)
print(list(g))
print(list(g))
h = (n for n in range(6))
print(any(n > 1 for n in h), any(n == 2 for n in h), next(h, "empty"))
k = (c for c in "abc")
print(sorted(k), sorted(k))
