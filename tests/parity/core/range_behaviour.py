# test: range repr, len, indexing, slicing, negative steps, membership and errors
r = range(10)
print(r, range(2, 10), range(0, 10, 3), range(5, 0, -1))
print(len(r), len(range(2, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)))
print(list(range(5, 0, -1)), list(range(0, -10, -4)), list(range(3, 3)))
print(r[3], r[-1], r[2:8:2], r[::-1], list(r[::-1][:3]))
print(5 in r, 10 in r, -1 in range(-5, 0))
print(range(0, 10, 2).index(4), range(10).count(3))
print(range(3) == range(0, 3), range(0) == range(5, 5))
big = range(10 ** 20)
print(big[-1], big[10 ** 19], 10 ** 19 in big)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(101)), list(range(-3)))
