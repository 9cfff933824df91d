# test: a thrown exception caught by the generator which then returns: throw() raises StopIteration carrying the return value
def gen():
    try:
        yield "working"
    except LookupError as e:
        return "gave up after " + type(e).__name__

g = gen()
print(next(g))
try:
    g.throw(IndexError)
except StopIteration as e:
    print("StopIteration value:", e.value)
