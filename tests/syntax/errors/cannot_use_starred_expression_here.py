# test: a starred expression as a whole right-hand side
a = [1, 2]
x = *a
