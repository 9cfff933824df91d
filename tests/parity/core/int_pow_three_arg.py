# test: pow with a modulus, negative exponents giving floats, and the 3-arg modular inverse
print(pow(2, 10))
print(pow(2, 100, 1000007))
print(pow(3, 200, 10 ** 9 + 7))
print(pow(2, -1))
print(2 ** -2)
print(pow(-2, 3), (-2) ** 2, -2 ** 2)
print(pow(38, -1, 97))
print(38 * pow(38, -1, 97) % 97)
print(pow(5, 0, 1))
print(0 ** 0)
print(2 ** 3 ** 2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
