# test: PEP 479 also converts StopIteration subclasses; in a yield from chain the innermost generator converts it and RuntimeError propagates outward
class MyStop(StopIteration):
    pass

def sub():
    yield "sub"
    raise MyStop("custom")

def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        print("  outer caught RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
        yield "outer recovered"

print(list(outer()))

def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except StopIteration:
    print("never: StopIteration does not escape")
except RuntimeError as e:
    print("bare StopIteration class:", e, "| cause args:", e.__cause__.args)
