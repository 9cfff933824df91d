# test: a def body not indented
def f():
return 1
