# test: float repr uses the shortest round-tripping form and switches to exponent notation
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1e-4)
print(1.0, 2.5, -0.5, 3.0 * 2)
print(1 / 3, 2 / 3, 10 / 4, 4 / 2)
print(float("inf"), float("-inf"), -float("inf"))
print(float("nan") == float("nan"))
print(-0.0, 0.0 == -0.0, repr(-0.0))
print(float("1.5"), float(" 2 "), float("1e3"), float(7))
print(1.5e300 * 1e10)
print(str(1.0), repr(100.0), 1e22, 1e23)
print(float("inf") - float("inf"))
print(type(1 / 1).__name__, 7.0 == 7)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
