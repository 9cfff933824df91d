# test: max/min call __lt__ in CPython's order, > reflects to __lt__, containment/index/count/remove use identity then __eq__, nan identity in containers
log = []
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append(f"{self.v}<{o.v}")
        return self.v < o.v
    def __repr__(self): return f"N{self.v}"
xs = [N(3), N(1), N(2)]
print(max(xs), log); log.clear()
print(min(xs), log); log.clear()
print(N(1) > N(2), log); log.clear()
try:
    N(1) <= N(2)
except TypeError as e:
    print(type(e).__name__, e)
import functools
print(functools.reduce(lambda a, b: a if a.v > b.v else b, xs))
class EqLog:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f"eq{self.v}")
        return isinstance(o, EqLog) and self.v == o.v
    __hash__ = None
lst = [EqLog(1), EqLog(2), EqLog(3)]
print(EqLog(2) in lst, log); log.clear()
print(lst.index(EqLog(3)), log); log.clear()
print(lst.count(EqLog(1)), log); log.clear()
lst.remove(EqLog(2)); print(log); log.clear()
print([EqLog(1)] == [EqLog(1)], log); log.clear()
a = EqLog(7)
print([a] == [a], a in [a], log); log.clear()
nan = float("nan")
print([nan] == [nan], nan in [nan], (nan,) == (nan,), {nan: 1}[nan] if True else 0)
