# test: __add__/__radd__ with ints and sum(), __iadd__ mutates in place vs __add__ rebinding, __neg__/__pos__/__abs__/__invert__
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self.__add__(o)
    def __neg__(self): return Money(-self.c)
    def __pos__(self): return Money(self.c + 1000)
    def __abs__(self): return Money(abs(self.c))
    def __invert__(self): return "inverted"
    def __repr__(self): return f"M{self.c}"
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1))
print(sum([Money(1), Money(2), Money(3)]), sum([Money(4)], Money(10)))
print(-Money(3), +Money(3), abs(Money(-7)), ~Money(0))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Money(1)
except TypeError as e:
    print(type(e).__name__, e)

class Bag:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + o)
b = Bag(); alias = b
b += 1; b += 2
print(b is alias, alias.items)
n = Num(1); keep = n
n += 5
print(n is keep, n.v, keep.v)
lst = [1]; lst2 = lst
lst += [2]
t = (1,); t2 = t
t += (2,)
print(lst2, t2, t)
