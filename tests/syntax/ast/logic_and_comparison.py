# test: bitwise, comparison, chained comparison, membership, identity and boolean operators
a, b = 12, 10
print(a & b, a | b, a ^ b, a << 2, a >> 1, ~a & 0xff)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(1 < 2 < 3, 1 < 2 > 3, 0 <= a < 100 != b == 10)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello")
print(a is b, a is not b, None is None, not None is not None)
print(a and b, a or b, 0 and b, 0 or b, not a, a and not b or b)
print(1 | 2 ^ 3 & 4 << 1 + 1, (1 | 2) ^ (3 & 4))
