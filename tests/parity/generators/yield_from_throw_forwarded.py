# test: throw() into a delegating generator is forwarded to the subgenerator, which may handle it and keep going
def sub():
    while True:
        try:
            yield "sub waiting"
        except ValueError as e:
            print("  sub handled", e)
            yield "sub recovered"

def outer():
    try:
        yield from sub()
    except ValueError:
        print("  outer never sees it")

g = outer()
print(next(g))
print(g.throw(ValueError("one")))
print(next(g))
print(g.gi_yieldfrom.__name__)
