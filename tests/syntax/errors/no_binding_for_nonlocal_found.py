# test: nonlocal names a variable no enclosing function binds
def f():
    nonlocal x
    x = 1
