# test: a parameter may not be declared global
def f(x):
    global x
