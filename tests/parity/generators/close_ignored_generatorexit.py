# test: yielding after GeneratorExit makes close() raise "RuntimeError: generator ignored GeneratorExit"; the generator stays suspended and can be resumed
import inspect

done = False

def stubborn():
    while not done:
        try:
            yield "still here"
        except GeneratorExit:
            print("  ignoring GeneratorExit")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", e.__cause__, "| context:", e.__context__)
print(inspect.getgeneratorstate(g))
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("again RuntimeError:", e)
done = True
print("let it finish:", next(g, "finished"))
print(inspect.getgeneratorstate(g))
