# test: try/except/else/finally, except E as e, except (A, B), bare except, raise, raise from, re-raise
class AppError(Exception):
    pass


def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    if kind == "chain":
        try:
            1 / 0
        except ZeroDivisionError as exc:
            raise AppError("wrapped") from exc
    if kind == "suppressed":
        raise AppError("no context") from None
    if kind == "class":
        raise AppError
    return "fine"


for kind in ["value", "key", "chain", "suppressed", "class", "ok"]:
    try:
        result = risky(kind)
    except ValueError as e:
        print("value error:", e)
    except (KeyError, IndexError) as e:
        print("lookup error:", repr(e))
    except AppError as e:
        print("app error:", repr(e), repr(e.__cause__), e.__suppress_context__)
    else:
        print("no error:", result)
    finally:
        print("finally for", kind)

try:
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        raise
    finally:
        print("inner finally")
except:
    print("bare except caught it")

try:
    pass
finally:
    print("try/finally without except")
