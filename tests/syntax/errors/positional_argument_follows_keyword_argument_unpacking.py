# test: a positional argument after **kwargs
f(**kwargs, 2)
