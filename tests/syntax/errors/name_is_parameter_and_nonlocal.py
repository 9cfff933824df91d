# test: a parameter may not be declared nonlocal
def outer():
    x = 1

    def inner(x):
        nonlocal x
