# test: return/break/continue out of with blocks (single, multiple, nested) inside for/while loops, __exit__ suppression inside loops, return through finally inside with
class CM:
    def __init__(self, tag): self.tag = tag
    def __enter__(self): print("enter", self.tag); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else None)
        return et is KeyError
def r1(items):
    for x in items:
        with CM(x):
            if x == 2:
                return x
    return None
print(r1([1, 2, 3]))
def r2():
    for x in range(3):
        with CM("a"), CM("b"):
            if x == 1:
                break
            continue
    return x
print(r2())
def r3():
    for x in range(3):
        with CM(x):
            for y in range(3):
                with CM((x, y)):
                    if y == 1:
                        return (x, y)
print(r3())
def r4():
    for x in range(2):
        try:
            with CM(x):
                raise KeyError(x)
        except KeyError:
            print("not reached")
        with CM("v"):
            raise ValueError("propagates") if x == 1 else KeyError("swallowed")
print("r4", end=" ")
try:
    r4()
except ValueError as e:
    print("caught", e)
def r5():
    out = []
    for x in range(4):
        try:
            if x % 2:
                continue
            out.append(x)
            if x == 2:
                return out
        except Exception:
            pass
        finally:
            out.append("f")
print(r5())
def r6():
    for x in range(3):
        try:
            return x
        except Exception:
            pass
print(r6())
def r7():
    while True:
        with CM("w"):
            try:
                return "from while"
            finally:
                print("finally in with")
print(r7())
