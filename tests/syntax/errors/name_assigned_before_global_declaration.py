# test: a name assigned before its global statement
def f():
    x = 1
    global x
