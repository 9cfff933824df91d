# test: sort and sorted are stable with keys, reverse keeps stability, multi-key sorting, sort errors
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_name.sort(key=lambda p: p[1])
print(by_name)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([3, 1, 2], reverse=True), sorted("cab"), sorted({3: 0, 1: 0}), sorted((1.5, 1, True, 0)))
nums = [5, 3, 8]
r = nums.sort()
print(r, nums)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([-3, 2, -1], key=abs))
