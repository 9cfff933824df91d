# test: a bare * with nothing after it
def f(a, *):
    pass
