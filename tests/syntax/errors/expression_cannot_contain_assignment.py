# test: = inside a call with a non-name left side
f(a.b=1)
