# test: del of a number
del 1
