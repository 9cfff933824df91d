# test: division by zero messages for int and float true division, floor division and modulo
cases = [
    lambda: 1 / 0,
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1 // 0,
    lambda: 1.0 // 0.0,
    lambda: 5 % 0,
    lambda: 5.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 0.0 ** -1,
]
for i, c in enumerate(cases):
    try:
        c()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
