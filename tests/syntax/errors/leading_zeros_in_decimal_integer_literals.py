# test: a decimal integer with a leading zero
x = 0123
