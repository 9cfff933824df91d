# test: round half-even, round with ndigits (incl. negative), pow with mod and negative exponents, big int arithmetic
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.4999)])
print(round(2.675, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, -1)).__name__)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(2, -1), pow(4, 0.5), pow(0, 0))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
big = 2 ** 100
print(big, big * big, big // 3, big % 1000007, -big // 7, big >> 90, 1 << 70)
print(big - big + 1, big == 2.0 ** 100, big < float("inf"), int(1e20), int(-2.9), int("  -42 "))
print(12345678901234567890 * 98765432109876543210)
print((-big) ** 3 % 1000, abs(-big), divmod(big, -12345))
print(str(3 ** 64), len(str(7 ** 300)), 10 ** 30 / 10 ** 10)
print(-2 ** 2, (-2) ** 2, 2 ** -2, (-8) ** (1 / 3) if False else 0, 2 ** 3 ** 2)
