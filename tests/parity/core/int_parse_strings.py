# test: int() of strings with bases, underscores, signs, whitespace, and the ValueError messages
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("1010", 2), int("0b1010", 0), int("777", 8), int("z", 36))
print(int("1_000_000"), int("  -42  "), int("+7"))
print(int("12_34", 16))
print(int(3.99), int(-3.99), int(True), int("0"))
print(int("123456789012345678901234567890"))
for s in ["12a", "", "1__0", "_1", "3.5"]:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(str(-0), str(10 ** 5), repr(7))
