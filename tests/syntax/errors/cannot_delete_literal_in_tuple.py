# test: del of a tuple holding a literal
a = 1
del (a, 1)
