# test: *args after **kwargs
f(**kwargs, *args)
