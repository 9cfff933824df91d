# test: a generator may catch GeneratorExit to clean up; returning (even with a value) or re-raising both make close() succeed silently
def catches_and_returns():
    try:
        yield 1
    except GeneratorExit as e:
        print("  caught", type(e).__name__, "args", e.args)
        return "value is ignored by close()"

def catches_and_reraises():
    try:
        yield 1
    except GeneratorExit:
        print("  cleaning up, re-raising")
        raise

def swallows_then_falls_off():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowed")
    print("  fell off the end")

for f in (catches_and_returns, catches_and_reraises, swallows_then_falls_off):
    g = f()
    next(g)
    print(f.__name__, "close() ->", g.close())
