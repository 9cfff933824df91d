# test: floor division and modulo sign rules for ints and floats, divmod, negative zero, mixed types
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.5), (-1e-20, 1.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2.0, 7 % -3.0, -(7 // 2), -7 % 1)
for op in ("//", "%", "divmod"):
    for zero in (0, 0.0):
        try:
            if op == "//":
                1 // zero
            elif op == "%":
                1 % zero
            else:
                divmod(1, zero)
        except ZeroDivisionError as e:
            print(op, type(zero).__name__, e)
print(10 ** 20 // 7, -(10 ** 20) % 7, (10 ** 20) // -7.0)
print(True // 2, True % 2, 5 // True, divmod(True, True))
