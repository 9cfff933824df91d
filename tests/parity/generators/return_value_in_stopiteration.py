# test: `return value` in a generator is carried by StopIteration.value (and args); bare return and falling off the end give value None
def ret_value():
    yield 1
    return 42

def ret_tuple():
    yield 1
    return (1, 2)

def ret_bare():
    yield 1
    return

def falls_off():
    yield 1

for f in (ret_value, ret_tuple, ret_bare, falls_off):
    g = f()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, "value =", e.value, "args =", e.args, "str =", repr(str(e)))
