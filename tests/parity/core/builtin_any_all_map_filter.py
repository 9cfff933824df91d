# test: any/all (with empty input and short-circuit), map and filter with lists and None
print(any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]), any([]), all([]))
def check(x):
    print("check", x)
    return x > 1
print(any(map(check, [1, 2, 3])))
print(all(map(check, [5, 0, 7])))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(filter(lambda n: n % 2, range(10))))
m = map(abs, [-1, -2])
print(type(m).__name__, list(m), list(m))
print(list(map(len, ["ab", "", "cde"])), list(map(int, "123")))
print(sorted(filter(str.isupper, "aBcDE")))
