# test: min/max with key and default, multiple args, ties return the first; sum with start; errors for empty input
data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([], default="none"), min([], key=abs, default=0), max([5], default=9))
print(max(3, 1, 4, key=lambda v: -v), min("b", "a", "c"), max("abc", "abd", key=len))
print(max(-5, 2, key=abs), min([[1, 2], [0, 9]]), max({1: "x", 5: "y"}), max(range(4), key=lambda v: v % 3))
for fn in (max, min):
    try:
        fn([])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True]), sum([1, 2.5]), sum([2 ** 64, 1]))
