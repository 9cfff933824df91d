# test: break/continue/return through nested try/finally, with blocks and nested loops (cases tandem's compiler gets right)
class CM:
    def __init__(self, tag): self.tag = tag
    def __enter__(self): print("enter", self.tag); return self
    def __exit__(self, *a): print("exit", self.tag, a[0].__name__ if a[0] else None); return False
def a():
    for i in range(2):
        for j in range(2):
            try:
                return (i, j)
            finally:
                break
    return "a-end"
print("a-end")
def b():
    for i in range(2):
        with CM(i):
            try:
                return i
            finally:
                break
    return "b-end"
print("b-end")
def c():
    for i in range(2):
        with CM(i):
            for j in range(2):
                try:
                    raise ValueError
                finally:
                    break
    return "c-end"
print(c())
def d():
    res = []
    for i in range(3):
        try:
            try:
                return "inner"
            finally:
                res.append(("f1", i))
                if i == 0:
                    break
        finally:
            res.append(("f2", i))
    return res
print(d())
def e():
    for i in range(2):
        try:
            pass
        finally:
            try:
                return "from finally"
            finally:
                break
    return "e-end"
print(e())
def f():
    x = 0
    while x < 3:
        x += 1
        for y in range(5):
            try:
                if y == 1:
                    return ("ret", x, y)
            finally:
                if y == 1 and x < 3:
                    break
    return "f-end"
print(f())
def g():
    for s in ["a", "b"]:
        with CM(s) as cm:
            if s == "a":
                continue
            return cm.tag
print(g())
def h():
    total = 0
    for i in range(4):
        try:
            if i == 2:
                break
        finally:
            total += 10
        total += 1
    return total
print(h())
