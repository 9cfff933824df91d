# test: assigning to a yield expression
def f():
    (yield) = 1
