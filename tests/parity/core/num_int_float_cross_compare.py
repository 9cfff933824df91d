# test: comparisons between huge ints and floats (exact, beyond float range, near 2**53, nan), numeric hash equality, cross-type container lookups, float floor division and modulo with big ints
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"), big == float("inf"), 2 ** 1000 == float(2 ** 1000), 2 ** 1000 + 1 == float(2 ** 1000))
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == 2.0 ** 53, float(2 ** 53 + 1), 9007199254740993 < 9007199254740992.0)
print(max(big, 1e308) == big, min(-big, -1e308) == -big, sorted([1e308, big, 2, 2.5, -big])[0] == -big)
print(float("nan") < 1, float("nan") > big, 1 < float("nan"), big != float("nan"))
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1 / 10 == 0.1)
print(int(1e15) == 10 ** 15, int(1e23), 10 ** 23 == 1e23, float(10 ** 23) == 1e23)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61 - 1)), hash(0.5) == hash(1 / 2), hash(1.0) == hash(1), hash(-0.0) == hash(0))
print(True == 1.0, False == 0.0, {1.0: "a"}.get(True), [1, 2].index(2.0), (1.0 in {1}), 2 in [2.0])
print(3 // 0.5, 3 % 0.5, -3 // 0.5, 7.0 // 2, -7.0 // 2, 7 % -3.0, 1e300 * 1e10, -1e300 * 1e10)
print(divmod(2 ** 100, 7.0), (2 ** 100) / 3, (2 ** 100) // 3.0, 2 ** 100 % 3.0)
