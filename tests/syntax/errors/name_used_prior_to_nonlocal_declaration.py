# test: a name read before its nonlocal statement
def outer():
    x = 1

    def inner():
        print(x)
        nonlocal x
