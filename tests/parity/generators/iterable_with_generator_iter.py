# test: an iterable class whose __iter__ is a generator function is re-iterable; each iter() call creates a fresh generator
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item

b = Bag("x", "y")
print(list(b), list(b))
i1, i2 = iter(b), iter(b)
print(type(i1).__name__, i1 is i2, i1.__qualname__)
print(next(i1), next(i1), next(i2))
print([(p, q) for p in b for q in b])
