# test: a bare * directly followed by **kwargs
def f(a, *, **kwargs):
    pass
