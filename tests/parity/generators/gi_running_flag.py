# test: gi_running is True only while the generator's frame is executing (seen from inside through a global), False when suspended or done
def gen():
    print("  inside, gi_running =", g.gi_running)
    yield 1
    print("  inside again, gi_running =", g.gi_running)

g = gen()
print("created:", g.gi_running)
next(g)
print("suspended:", g.gi_running)
next(g, None)
print("finished:", g.gi_running)
