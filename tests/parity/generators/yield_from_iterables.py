# test: yield from works over lists, tuples, ranges, strings, dicts (keys), sets of one item, iterators and class iterators; its value is then None
class Two:
    def __init__(self):
        self.left = 2
    def __iter__(self):
        return self
    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return "two"

def everything():
    r = yield from [1, 2]
    print("  list ->", r)
    yield from (3,)
    yield from range(4, 6)
    yield from "ab"
    yield from {"k1": 0, "k2": 0}
    yield from {99}
    yield from iter([7])
    yield from Two()
    yield from (c.upper() for c in "xy")

print(list(everything()))

def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)
