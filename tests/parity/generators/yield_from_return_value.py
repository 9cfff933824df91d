# test: PEP 380: the subgenerator's return value becomes the value of the `yield from` expression
def sub(n):
    for i in range(n):
        yield i
    return "sub(%d) done" % n

def outer():
    a = yield from sub(2)
    print("  a =", a)
    b = yield from sub(0)
    print("  b =", b)
    return a + " / " + b

g = outer()
print(list(g))
g2 = outer()
try:
    while True:
        next(g2)
except StopIteration as e:
    print("outer returned:", e.value)
