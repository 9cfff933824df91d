# test: else at the start of a statement
x = 1
else:
    pass
