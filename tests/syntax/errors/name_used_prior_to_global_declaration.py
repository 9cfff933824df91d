# test: a name read before its global statement
def f():
    print(x)
    global x
