# test: assigning to a lambda
lambda: 1 = x
