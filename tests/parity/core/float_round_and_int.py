# test: round uses banker's rounding; int() truncates floats; errors for inf and nan
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(int(2.9), int(-2.9), int(1e20))
print(abs(-2.5), abs(-0.0))
print(2.0 ** 0.5, 9 ** 0.5)
print(int(1e16) + 1)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
