# test: if the subgenerator ignores GeneratorExit, close() of the delegator raises RuntimeError from the subgenerator's close; the delegator ends, the subgenerator stays suspended
import inspect

done = False

def sub():
    while not done:
        try:
            yield "sub"
        except GeneratorExit:
            print("  sub ignores GeneratorExit")

def outer(s):
    try:
        yield from s
    finally:
        print("  outer finally")

s = sub()
g = outer(s)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("outer:", inspect.getgeneratorstate(g), "| sub:", inspect.getgeneratorstate(s))
done = True
print(next(s, "sub finished"))
