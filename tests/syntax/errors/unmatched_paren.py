# test: a ) with nothing open
x = 1)
