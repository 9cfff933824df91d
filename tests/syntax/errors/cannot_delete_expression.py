# test: del of a binary operation
del a + b
