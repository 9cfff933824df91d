# test: two parameters with the same name
def f(x, y, x):
    pass
