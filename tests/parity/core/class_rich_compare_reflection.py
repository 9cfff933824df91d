# test: rich comparisons reflect (a < b tries b > a), NotImplemented fallbacks, == falls back to identity, ordering TypeError
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"V{self.n}.__lt__")
        if isinstance(o, V):
            return self.n < o.n
        return NotImplemented
    def __eq__(self, o):
        print(f"V{self.n}.__eq__")
        if isinstance(o, V):
            return self.n == o.n
        return NotImplemented
class W:
    def __gt__(self, o):
        print("W.__gt__")
        return True
a, b = V(1), V(2)
print(a < b, b > a)
print(a < W())
print(W() > a)
print(a == V(1), a == 3, 3 == a, a == a)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= b
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([V(3), V(1), V(2)], key=lambda v: v.n)[0].n)
print(max([V(3), V(5)]).n if False else min([V(3), V(5), V(4)]).n)
class Sub(V):
    def __gt__(self, o):
        print("Sub.__gt__")
        return False
print(a < Sub(5))
