# test: a literal in the middle of a chained assignment
x = 1 = y
