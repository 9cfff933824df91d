# test: throw() into a generator that has not started raises at the very beginning: no body line runs, not even a try block
import inspect

def gen():
    print("  body started")
    try:
        yield 1
    except ValueError:
        print("  never: the try block was not entered")
        yield 2

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised straight out:", e)
print(inspect.getgeneratorstate(g))
print(list(g))
