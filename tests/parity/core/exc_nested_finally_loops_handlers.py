# test: exceptions and continue/break through two levels of finally in loops, handlers inside handlers, unwinding finally blocks of a recursive call chain, sys.exc_info after a nested handler
def f(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                elif i % 3 == 1:
                    continue
                out.append(("body", i))
            except ValueError as e:
                out.append(("caught", e.args[0]))
                if i == 3:
                    break
                continue
            finally:
                out.append(("inner-finally", i))
        finally:
            out.append(("outer-finally", i))
    else:
        out.append("loop-else")
    return out
for row in f(6):
    print(row)
def g():
    results = []
    for i in range(3):
        try:
            try:
                1 / (i - 1)
            finally:
                results.append(f"f{i}")
        except ZeroDivisionError:
            results.append("zde")
            try:
                raise KeyError("nested")
            except KeyError:
                results.append("key")
            finally:
                results.append("nf")
        else:
            results.append("else")
    return results
print(g())
def h(depth):
    try:
        if depth == 0:
            raise RuntimeError("bottom")
        return h(depth - 1)
    finally:
        print("unwind", depth)
try:
    h(3)
except RuntimeError as e:
    print("top", e)
def exc_in_finally_loop():
    n = 0
    while n < 3:
        n += 1
        try:
            raise ValueError(n)
        except ValueError:
            try:
                raise TypeError("in handler")
            except TypeError as t:
                last = t
        finally:
            pass
    return n, str(last), type(last.__context__).__name__
print(exc_in_finally_loop())
def handler_stack():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        import sys
        return sys.exc_info()[0].__name__
print(handler_stack())
