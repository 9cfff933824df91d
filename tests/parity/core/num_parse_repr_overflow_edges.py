# test: float repr edge values, rounding with negative ndigits, int/float parsing errors, bit ops on negatives, hashes of numbers, overflow
print(0.1 + 0.7, 1.1 * 3, 1e22, 1e21, 123456789012345680.0, 1.0e-4, 0.0001, 1e-5, 100.0, -0.0, 2.5e-310)
print(float("1.7976931348623157e308"), 5e-324, 1/3*3, 9007199254740993.0, 0.30000000000000004)
print(round(0.5 + 1e-16), round(-2.5), round(1e300), round(2.5, -1), round(15, -1), round(25, -1), round(-15, -1))
print(round(1.25, 1), round(1.35, 1), round(0.1 + 0.2, 15), round(123.456, 5), round(1e-10, 3))
print(7 // -1, -7 // 1, -(2**63) // -1, (2**64) % -3, -(2**64) // 3, 10 % 2**70, -10 % 2**70)
print(int("1_000"), int("0b101", 0), int("0o17", 0), int(" 12\n"), float("1_0.5"), int("-0"), float("-0"))
for s in ["1.5", "abc", "", "1e", "0x10", "1 2"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["abc", "", "1.2.3", "nan", "inf", "-Infinity"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(2**0.5, 10**-2, (-2)**0.5 if False else 0, 0**0, 0.0**0, pow(2.0, 3), 4**0.5, (-8)**3)
print(divmod(-7.5, 2), divmod(7, -2.5), 5.0 // 0.3, 5.0 % 0.3, -5 % 0.3)
print(hash(-1), hash(-2), hash(0.5), hash(2**61), hash(2**61 - 1), hash(-(2**61)), hash(1e100) == hash(int(1e100)))
print(abs(-0.0), max(0.0, -0.0), min(-0.0, 0.0), 0.0 == -0.0, float("nan") == float("nan"), float("nan") != float("nan"))
print(bin(-5), oct(-8), hex(-255), hex(2**70), bin(0), int("-0b11", 0), int("FF", 16), int("ff", base=16))
print(3 & -2, -3 | 4, -1 ^ 5, ~-1, -8 >> 1, -1 >> 100, 1 << 0, 5 >> 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(10 / 4, 10 // 4, -10 / 4, 1 / 2**70, 2**70 / 2**69, (2**1000) / (2**999))
try:
    2**10000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1023) * 2, 1e308 + 1e308)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
