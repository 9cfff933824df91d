# test: 0b with no digits
x = 0b
