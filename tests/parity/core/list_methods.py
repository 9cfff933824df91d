# test: list append, extend, insert, pop, remove, reverse, index, count, copy, clear
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend("ab")
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(2), a.count(1), [1, 1, 2].count(1))
a.reverse()
print(a)
b = a.copy()
b.append("only b")
print(len(a), len(b), a == b[:-1], a is b)
b.clear()
print(b)
print([1, 2, 3].index(3, 1), [0] * 3, [1] + [2], [[]] * 2)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].remove(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1].index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
