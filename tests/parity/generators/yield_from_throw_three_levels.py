# test: puzzle: throw() into a paused 3-level yield from chain reaches the innermost generator; unhandled, it unwinds level by level through every finally
def level3():
    try:
        yield "level3 paused"
    finally:
        print("  level3 finally")

def level2():
    try:
        yield from level3()
    finally:
        print("  level2 finally")

def level1():
    try:
        yield from level2()
    except ZeroDivisionError as e:
        print("  level1 caught", type(e).__name__, e)
        return "level1 handled it"

g = level1()
print(next(g))
y = g.gi_yieldfrom
chain = []
while y is not None:
    chain.append(y.__name__)
    y = y.gi_yieldfrom
print("chain:", chain)
try:
    g.throw(ZeroDivisionError("thrown at the top"))
except StopIteration as e:
    print("StopIteration:", e.value)

def handler3():
    while True:
        try:
            yield "h3"
        except ZeroDivisionError:
            print("  handler3 handled it; level1 and level2 never noticed")
            yield "h3 again"

def handler2():
    yield from handler3()

def handler1():
    yield from handler2()

h = handler1()
next(h)
print(h.throw(ZeroDivisionError))
