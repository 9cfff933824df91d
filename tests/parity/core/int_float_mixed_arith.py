# test: mixed int/float arithmetic and comparisons, true division of big ints, and overflow to float
print(1 + 2.0, 3 * 0.5, 7 / 7, 2 ** 0.5 * 2 ** 0.5)
print(10 ** 20 / 10 ** 10, 2 ** 53 + 1.0, 2 ** 53 + 1)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53, 1 == 1.0, 0.5 < 1 < 1.5)
print(float(2 ** 100), int(float(2 ** 100)) == 2 ** 100)
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(3 // 2.0, 3 % 2.5, -3 % 2.5)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1.5
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(1e308 * 10, -1e308 * 10)
print(round(10 ** 20 / 3), 7 / 2 == 3.5)
