# test: *args with a default
def f(*args=()):
    pass
