# test: send() to a finished generator raises StopIteration (value None) without running anything
def gen():
    x = yield "first"
    print("  received", x)
    return "done"

g = gen()
print(next(g))
try:
    g.send("last")
except StopIteration as e:
    print("ended with", e.value)
for v in ("again", None):
    try:
        g.send(v)
    except StopIteration as e:
        print("send(%r) on exhausted:" % (v,), type(e).__name__, e.value)
