# test: GeneratorExit derives from BaseException, not Exception, so `except Exception` in a generator does not swallow close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
print(GeneratorExit.__mro__[1].__name__)

def careful():
    try:
        yield 1
    except Exception as e:
        print("  never: Exception handler", type(e).__name__)
    finally:
        print("  finally saw close")

g = careful()
next(g)
g.close()

done = False

def sloppy():
    while not done:
        try:
            yield 1
        except BaseException as e:
            print("  sloppy caught", type(e).__name__)

s = sloppy()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
done = True
print("sloppy finishes:", next(s, "finished"))
