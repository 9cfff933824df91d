# test: min/max with key and default, over args or an iterable; sum with start; error messages
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([1, 2], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(max([1, 3, 3, 2], key=lambda x: x // 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(range(5)), sum([]), sum([True, True]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
