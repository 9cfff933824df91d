# test: yield from delegates to a class-based iterator; the value of StopIteration(value) raised by its __next__ becomes the yield from result
class Ticker:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("ticker result")
        self.n -= 1
        return "tick"

def delegator():
    result = yield from Ticker(2)
    print("  yield from returned", repr(result))
    yield "after"

print(list(delegator()))
