# test: class attributes are shared until an instance assigns its own; mutable class attributes are shared
class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.shared.append(Counter.total)

a = Counter()
b = Counter()
print(Counter.total, a.total, b.total)
a.total = 99
print(Counter.total, a.total, b.total)
del a.total
print(a.total)
print(a.shared, b.shared is Counter.shared)
Counter.total = 50
print(b.total)
print(sorted(vars(a)), sorted(vars(Counter).keys() & {"total", "shared"}))
b.extra = "only b"
print(hasattr(b, "extra"), hasattr(a, "extra"), getattr(a, "extra", "default"))
setattr(a, "dyn", 1)
print(a.dyn, a.__dict__)
class Sub(Counter):
    total = -1
print(Sub.total, Counter.total, Sub.shared is Counter.shared)
