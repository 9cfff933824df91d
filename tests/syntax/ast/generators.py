# test: yield, bare yield, x = yield, yield as expression, yield from, return in generators, genexp as sole argument
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def echo():
    received = yield
    while received is not None:
        received = yield received * 2


def delegate():
    result = yield from counter(2)
    print("delegate got", result)
    yield from [10, 20]
    yield (yield "nested")
    yield 1, 2
    x = yield 3, 4
    print("x is", x)


def bare():
    yield


def in_expressions():
    total = 1 + (yield "a")
    print("total", total)
    print((yield), (yield "b"))


print(list(counter(3)), list(delegate()), list(bare()))
e = echo()
next(e)
print(e.send(5), e.send(7))
g = in_expressions()
print(next(g), g.send(1), g.send("p"), next(g, "end"))
print(sum(x * x for x in range(4)), max(len(w) for w in ["a", "bbb"] if w))
print(list(x for x in range(3)), tuple(y for y in "ab"))
