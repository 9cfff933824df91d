# test: __call__ makes instances callable; callable() on various objects; bound method attributes
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [0, 10])))
print(callable(add5), callable(Adder), callable(3), callable(print), callable(lambda: 0), callable("s"))
class NoCall: pass
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
m = add5.__call__
print(m(0), m.__self__ is add5, m.__func__ is Adder.__call__, m.__name__)
class Counter:
    calls = 0
    def __call__(self):
        Counter.calls += 1
        return self
c = Counter()
c()()()
print(Counter.calls)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
