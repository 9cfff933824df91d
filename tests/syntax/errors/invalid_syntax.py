# test: a binary operator without its right operand
x = 1 +
y = 2
