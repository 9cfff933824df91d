# test: except (A, B) as e catches either type; the name is unbound after the handler
def fail(kind):
    if kind == 0:
        raise ValueError("v")
    if kind == 1:
        raise TypeError("t")
    if kind == 2:
        raise KeyError("k")
    return "ok"

for kind in range(4):
    try:
        print(fail(kind))
    except (ValueError, TypeError) as e:
        print("value-or-type", type(e).__name__, e)
    except LookupError as e:
        print("lookup", repr(e))

e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

errors = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except errors as z:
    print("dynamic tuple", type(z).__name__)
try:
    raise ValueError
except (ArithmeticError, KeyError, ValueError) as v:
    print("three-way tuple matched", repr(v))
