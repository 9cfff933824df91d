# test: a keyword-only parameter repeating a positional one
def f(x, *, x=1):
    pass
