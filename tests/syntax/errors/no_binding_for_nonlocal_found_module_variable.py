# test: a module-level variable does not satisfy nonlocal
x = 1


def f():
    nonlocal x
