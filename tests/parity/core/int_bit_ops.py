# test: bitwise and, or, xor, not, shifts on small, negative and big ints; bin/hex/oct
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 100)
print((1 << 100) >> 98)
print(-8 >> 1, -1 >> 10, -9 & 0xFF)
print(~0, ~-1, ~(2 ** 70))
print(bin(10), hex(255), oct(8), bin(-5), hex(-256))
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print((10).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
print(0xff, 0o17, 0b101, 1_000_000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
