# test: bool arithmetic, int/float mixing, comparisons across types, int/float conversions and equality with hashes
print(True + True, True * 10, False - 1, True / 2, -True, ~True, True << 3, True & 3, True | 2, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, type(True + 0.5).__name__, sum([True, True, False]))
print(1 == 1.0, 1 == True, 0.0 == False, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(3 * 0.1, 0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 1, 7 / 7, 10 / 4)
print(1 < 1.5 < 2, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(int(3.99), int(-3.99), float(7), float("1e3"), float("-inf"), float(" 2.5 "), int("0x1f", 16), int("101", 2), int("z", 36))
print(abs(-3), abs(-3.5), abs(True), max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 2.0 ** 0.5)
print((0.1).is_integer(), (3.0).is_integer(), (10).bit_length(), (-1).bit_length(), (255).bit_length())
print((0.25).as_integer_ratio(), (-1.5).as_integer_ratio(), (3.0).real, (2.5).imag, (7).numerator, (7).denominator)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
