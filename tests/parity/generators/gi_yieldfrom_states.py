# test: gi_yieldfrom is None unless the generator is paused inside `yield from`; then it is the subiterator (generator or list iterator)
def sub():
    yield "from sub"

def outer():
    yield "plain"
    yield from sub()
    yield from [1]
    yield "plain again"

g = outer()
print("created:", g.gi_yieldfrom)
for _ in range(4):
    value = next(g)
    yf = g.gi_yieldfrom
    print(value, "->", None if yf is None else type(yf).__name__, None if yf is None or not hasattr(yf, "__qualname__") else yf.__qualname__)
list(g)
print("exhausted:", g.gi_yieldfrom)
