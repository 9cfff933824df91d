# test: an exception raised inside the subgenerator propagates out of yield from into the delegator, which can catch it and continue
def sub():
    yield 1
    raise LookupError("from sub")

def outer():
    try:
        yield from sub()
    except LookupError as e:
        print("  outer caught:", e)
    yield "outer continues"

print(list(outer()))
