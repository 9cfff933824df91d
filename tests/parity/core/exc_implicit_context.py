# test: raising inside an except block sets __context__ implicitly, chained several levels deep
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__), "cause:", e.__cause__)

def layered():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise RuntimeError("top")

try:
    layered()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" -> ".join(chain))

try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs, no context yet")
except ValueError as e:
    print(e, e.__context__)
