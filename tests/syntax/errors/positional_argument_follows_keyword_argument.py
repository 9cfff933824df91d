# test: a positional argument after a keyword argument
f(x=1, 2)
