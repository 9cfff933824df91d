# test: __call__ makes instances callable with arguments; callable() reports it
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, times=1):
        self.calls += 1
        return x * self.k * times

triple = Multiplier(3)
print(triple(2), triple(x=5), triple(1, times=4))
print(triple.calls, callable(triple), callable(3))
print(list(map(triple, [1, 2, 3])))
print(sorted([3, -5, 1], key=Multiplier(-1)))

class Adder:
    def __call__(self, a, b):
        return a + b
try:
    Adder()(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Multiplier(2)()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
