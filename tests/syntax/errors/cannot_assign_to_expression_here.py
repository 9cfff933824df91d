# test: assigning to a binary operation suggests ==
x + 1 = 2
