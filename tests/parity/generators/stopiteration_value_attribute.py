# test: StopIteration.value is its first argument (or None); it can be set, and next() on a generator builds it from the return value
samples = [StopIteration(), StopIteration(1), StopIteration(1, 2), StopIteration(None), StopIteration((3, 4))]
for s in samples:
    print(s.args, s.value)
s = StopIteration("a")
s.value = "changed"
print(s.args, s.value)
print(issubclass(StopIteration, Exception), StopIteration.__mro__[1].__name__)

def gen():
    return [1, 2]
    yield
try:
    next(gen())
except StopIteration as e:
    print(e.args, e.value, type(e.value).__name__)
def gen_tuple():
    return (1, 2)
    yield
try:
    next(gen_tuple())
except StopIteration as e:
    print("a returned tuple is wrapped once:", e.args, e.value)
