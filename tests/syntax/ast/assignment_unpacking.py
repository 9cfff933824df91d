# test: plain, chained, tuple/list, nested and starred assignment; starred return and for targets
a = 1
b = c = d = 2
x, y = 1, 2
x, y = y, x
(p, q) = [3, 4]
[r, s] = (5, 6)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *middle, tail = range(6)
(m, n), [o, *others] = (7, 8), [9, 10, 11]
[*everything] = 1, 2
obj = type("Obj", (), {})()
obj.attr, items = 5, [0, 0]
items[0], items[1] = "i0", "i1"
for index, (key, value) in enumerate({"k": "v"}.items()):
    print(index, key, value)
for i, *tail_items in [(1, 2, 3), (4,)]:
    print(i, tail_items)


def spread():
    return *rest, last


print(a, b, c, d, x, y, p, q, r, s)
print(first, rest, init, last, head, middle, tail)
print(m, n, o, others, everything, obj.attr, items, spread())
