# test: a lambda without its colon
f = lambda x x
