# test: except with a non-exception class, lazily evaluated except expressions, try/except/else/finally with continue, exception constructor kwargs, hierarchy-based matching
try:
    try:
        raise ValueError("v")
    except int:
        print("no")
except TypeError as e:
    print(type(e).__name__, e)
def get_exc():
    print("evaluating except expr")
    return KeyError
try:
    raise KeyError("x")
except get_exc() as e:
    print("caught via call", e)
try:
    pass
except get_exc():
    print("no")
print("no evaluation when nothing raised")
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError as e:
        print("except", e)
        continue
    else:
        print("else", i)
    finally:
        print("finally", i)
try:
    ValueError(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise Exception("a", "b") from None
except Exception as e:
    print(e, e.args, e.__cause__, e.__suppress_context__)
class MyErr(Exception):
    def __init__(self, msg, *, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("m", code=3)
except MyErr as e:
    print(e, e.code, e.args)
errs = []
for exc_type in (ZeroDivisionError, IndexError, KeyError, AttributeError, NameError):
    try:
        {ZeroDivisionError: lambda: 1 / 0, IndexError: lambda: [][1], KeyError: lambda: {}[1], AttributeError: lambda: None.x, NameError: lambda: undefined_name}[exc_type]()
    except LookupError as e:
        errs.append(("lookup", type(e).__name__))
    except ArithmeticError as e:
        errs.append(("arith", str(e)))
    except Exception as e:
        errs.append(("other", str(e)))
print(errs)
