# test: yield from an already exhausted generator yields nothing and evaluates to None, even though that generator once returned a value
def sub():
    yield "x"
    return "only once"

def outer(s):
    r = yield from s
    print("  yield from gave", repr(r))

s = sub()
print(list(outer(s)))
print(list(outer(s)))
