# test: legacy (pre-PEP 479): a StopIteration(value) raised inside a generator reaches next() unchanged, so it looks like a return
def gen():
    yield "first"
    raise StopIteration("like a return value")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration args:", e.args, "value:", e.value)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "exhausted afterwards"))
