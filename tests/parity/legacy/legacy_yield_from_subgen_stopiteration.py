# test: legacy (pre-PEP 479): a StopIteration escaping a subgenerator ends it and looks like its return, so yield from continues the delegator
def sub():
    yield "sub 1"
    raise StopIteration("sub result")
    yield "never"

def outer():
    result = yield from sub()
    print("yield from returned:", result)
    yield "outer continues"

print(list(outer()))
