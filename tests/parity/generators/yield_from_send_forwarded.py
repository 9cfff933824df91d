# test: values sent to the delegating generator are forwarded to the subgenerator by yield from
def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        print("  sub received", x)
        total += x

def outer():
    result = yield from sub()
    print("  outer got", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(next(g))
