# test: 0o with no digits
x = 0o
