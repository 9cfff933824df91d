# test: / after *
def f(a, *, b, /):
    pass
