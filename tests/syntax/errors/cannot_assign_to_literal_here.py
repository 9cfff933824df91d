# test: assigning to a number suggests ==
x = 1
1 = x
