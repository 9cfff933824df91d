# test: __init__, __repr__ and __str__ used by print, str(), repr(), f-strings and containers
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "two")
print(p)
print(str(p), repr(p))
print([p], (p,), {"k": p})
print(f"{p} {p!r}")

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
