# test: reversed, enumerate (with start) and zip (shortest wins, strict) over lists, strings, ranges
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print("".join(reversed("stressed")))
for i, ch in enumerate("xyz"):
    print(i, ch)
print(list(enumerate(["a", "b"], start=10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["a", "b", "c"]
scores = [90, 80, 70]
print(dict(zip(names, scores)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
