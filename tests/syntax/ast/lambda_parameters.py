# test: lambda with every parameter kind, nested lambdas, lambdas as defaults and arguments
no_args = lambda: 0
one = lambda x: x + 1
defaults = lambda x, y=2: x * y
star = lambda *args, **kwargs: (args, kwargs)
keyword_only = lambda a, *, b, c=3: (a, b, c)
positional_only = lambda a, /, b, *, c: (a, b, c)
everything = lambda a, b=1, /, c=2, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)
curried = lambda x: lambda y: x + y
print(no_args(), one(1), defaults(3), star(1, k=2), keyword_only(1, b=2))
print(positional_only(1, 2, c=3), everything(0, d=4), curried(1)(2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), (lambda: (yield))().send(None))
