# test: except clauses catch subclasses: LookupError, ArithmeticError, Exception; first match wins
def trigger(kind):
    if kind == "key":
        {}["k"]
    if kind == "index":
        [][0]
    if kind == "zero":
        1 / 0
    if kind == "overflow":
        float(10 ** 400)
    if kind == "type":
        len(1)
    if kind == "name":
        undefined_name

for kind in ["key", "index", "zero", "overflow", "type", "name"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError handler:", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError handler:", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception handler:", type(e).__name__, e)

print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(NotImplementedError, RuntimeError))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
