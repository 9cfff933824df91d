# test: calling a generator function runs none of its body; each next() runs exactly up to the next yield
def noisy():
    print("  body: start")
    yield 1
    print("  body: between")
    yield 2
    print("  body: end")

print("calling noisy()")
g = noisy()
print("called; now first next()")
print("got", next(g))
print("second next()")
print("got", next(g))
print("third next()")
print("got", next(g, "done"))
print("a generator function still returns a generator even if it never reaches yield:")
def never_yields(flag):
    print("  never_yields body ran")
    if flag:
        yield "unreachable"
h = never_yields(False)
print(type(h).__name__)
print(list(h))
