# test: throw() into a yield from whose subiterator catches it and returns (or whose throw() raises StopIteration): the delegator continues after the yield from with that value
def sub():
    try:
        yield 1
    except KeyError:
        return "sub-ret"

def top():
    v = yield from sub()
    yield ("top", v)

t = top()
next(t)
print(t.throw(KeyError))

class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def throw(self, *args):
        raise StopIteration("from throw")

def top2():
    v = yield from Iter()
    yield ("top2", v)

t2 = top2()
print(next(t2))
print(t2.throw(ValueError))

def a(name):
    try:
        yield 1
    finally:
        print("closing", name)

def holder():
    x = a("x"); next(x)
    y = a("y"); next(y)
    z = a("z"); next(z)
    return "held three"

print(holder())
