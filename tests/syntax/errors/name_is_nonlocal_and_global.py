# test: a name may not be both global and nonlocal
def outer():
    x = 1

    def inner():
        global x
        nonlocal x
