# test: frozensets hash by content (CPython's exact values), so equal frozensets find each other in sets and dicts, also when nested
a = frozenset([1, 2, 3]); b = frozenset([3, 2, 1])
print(hash(a) == hash(b), a == b, a in {b}, {a: 1}[b], hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([-1])), hash(frozenset([(1, 2)])))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(frozenset([frozenset([3, 2]), frozenset([1])]) == nested, frozenset([frozenset([3, 2]), frozenset([1])]) in {nested})
s = {frozenset({1}), frozenset({1, 2})}
print(frozenset({2, 1}) in s, len(s | {frozenset([1])}))
d = {}
for combo in [(1, 2), (2, 1), (1, 3), (3, 1, 1)]:
    d.setdefault(frozenset(combo), []).append(combo)
print(list(d.values()))
print(hash(frozenset({1, 2})) == hash(frozenset({1, 2}).copy()), frozenset({1, 2}).copy() is frozenset({1, 2}) if False else "")
