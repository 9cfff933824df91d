# test: enumerate start, zip strict and shortest, map over several iterables, filter(None), iter(callable, sentinel), reversed ranges
print(list(enumerate("abc", start=10)), list(enumerate([], 5)), list(enumerate("xy", -1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", range(5))))
print(list(zip([1, 2], "ab", strict=True)))
for args in (([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, -1])), list(filter(lambda v: v % 2, range(7))))
vals = [3, 2, 1, 0, 5]
it = iter(lambda: vals.pop(0), 0)
print(list(it), vals)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed("abc")), list(reversed([1, 2])))
r = reversed(range(3))
print(next(r), next(r), next(r), next(r, "done"))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(range(3), range(3))
print(next(z), list(z))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
