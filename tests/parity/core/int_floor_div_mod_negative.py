# test: floor division and modulo round toward negative infinity; divmod agrees
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))

print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(divmod(10 ** 20, -7))
print(7.5 // 2, -7.5 // 2, -7.5 % 2)
print(divmod(-7.5, 2))
for op in ("//", "%"):
    try:
        if op == "//":
            1 // 0
        else:
            1 % 0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
