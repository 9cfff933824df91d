# test: an exception raised inside an except handler replaces the original and runs outer finally
def handler_fails():
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        None.attr
    finally:
        print("finally still runs")

try:
    handler_fails()
except AttributeError as e:
    print("got", type(e).__name__, e)
    print("context", repr(e.__context__))

def finally_fails():
    try:
        raise KeyError("inner")
    finally:
        raise IndexError("from finally")

try:
    finally_fails()
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))

try:
    try:
        raise ValueError
    except ValueError:
        raise
    except Exception:
        print("sibling handler never runs")
except ValueError:
    print("propagated past sibling handler")
