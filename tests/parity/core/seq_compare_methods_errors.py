# test: recursive container repr, sequence ordering comparisons and TypeErrors, list/tuple method errors, immutability errors, list aliasing
a = [1]
a.append(a)
print(a, repr(a))
d = {}
d["self"] = d
print(d)
print([1, [2, [3]]] < [1, [2, [4]]], (1, 2) < (1, 2, 0), [1, 2] == (1, 2), [] < [0], (3,) > (2, 99))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
print(l.index(2), l.count(5), l.pop(), l.pop(0), l)
for f in (lambda: l.index(9), lambda: [].pop(), lambda: l.remove(42), lambda: l.pop(10), lambda: l.insert("a", 1)):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
l.insert(100, "end"); l.insert(-100, "start"); l.insert(1, "mid")
print(l)
x = [1, 2, 3, 2, 1]
x.remove(2); print(x); x.reverse(); print(x)
print([1, 2] * 2, [[0]] * 2, [0] * -1, x.copy() is x, x[:] == x)
t = (1, 2, 2)
print(t.count(2), t.index(2), t + (3,), t * 2, (1,) * 0)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(list("abc"), list({"a": 1}), list((1, 2)), tuple([1]), list(range(-3, 3, 2)))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 9
alias = [[0] * 3] * 2
alias[0][0] = 9
print(nested, alias)
