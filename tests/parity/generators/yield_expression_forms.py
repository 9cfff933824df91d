# test: yield in expression positions: bare `x = yield`, parenthesised in arithmetic, as a call argument, in a tuple, and its value with next()
def forms():
    a = yield
    print("  a =", a)
    b = (yield "two") + 10
    print("  b =", b)
    print("  printed:", (yield "three"))
    c = yield "four", "tuple"
    print("  c =", c)
    yield "last"

g = forms()
print(next(g))
print(g.send("A"))
print(g.send(5))
print(g.send("P"))
print(next(g))
