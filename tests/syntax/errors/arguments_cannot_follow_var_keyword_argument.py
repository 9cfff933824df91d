# test: a parameter after **kwargs
def f(**kwargs, a):
    pass
