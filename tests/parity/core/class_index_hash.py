# test: __index__ for slicing, range, hex, list indexing; __hash__ rules (eq without hash is unhashable, hash=None)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
xs = list(range(10))
print(xs[I(3)], xs[I(1):I(4)], range(I(5))[-1], hex(I(255)), bin(I(5)))
print(operator_like := [10, 20, 30][I(-1)])
try:
    xs[1.5]
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, o): return True
class EqHash:
    def __eq__(self, o): return isinstance(o, EqHash)
    def __hash__(self): return 7
class NoHash:
    __hash__ = None
class Plain:
    pass
print(EqOnly.__hash__ is None, hash(EqHash()), hash(EqHash()) == hash(EqHash()))
for cls in (EqOnly, NoHash):
    try:
        {cls()}
    except TypeError as e:
        print(type(e).__name__, e)
p = Plain()
print(hash(p) == hash(p), len({p, p}), len({EqHash(), EqHash()}))
class Child(EqHash):
    def __eq__(self, o): return False
print(Child.__hash__ is None)
