# test: integer literals: decimal, underscores, hex, octal, binary, upper-case prefixes, huge values
zero = 0
zeros = 000
decimal = 1234567890
underscored = 1_000_000
hex_lower = 0xff
hex_upper = 0XDEAD_BEEF
octal = 0o777
octal_upper = 0O1_7
binary = 0b1010
binary_upper = 0B_1111_0000
huge = 123456789012345678901234567890123456789012345678901234567890
negative = -42
print(zero, zeros, decimal, underscored, hex_lower, hex_upper)
print(octal, octal_upper, binary, binary_upper)
print(huge * huge, negative)
print(0x_1f, 1_2_3, 10 ** 30)
