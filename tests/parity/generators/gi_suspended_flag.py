# test: gi_suspended (new in 3.11) is True only while paused at a yield: False when created, running, or finished
def gen():
    print("  inside, gi_suspended =", g.gi_suspended)
    yield 1

g = gen()
print("created:", g.gi_suspended)
next(g)
print("paused:", g.gi_suspended)
next(g, None)
print("finished:", g.gi_suspended)
