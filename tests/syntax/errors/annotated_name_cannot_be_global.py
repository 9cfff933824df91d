# test: a global name may not be annotated in the function
def f():
    global x
    x: int = 1
