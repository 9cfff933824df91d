# test: a lambda with two parameters of the same name
g = lambda x, x: x
