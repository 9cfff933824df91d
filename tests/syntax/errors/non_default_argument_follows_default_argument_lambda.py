# test: the same rule for lambda
g = lambda a=1, b: a
