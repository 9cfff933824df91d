# test: `def f()` without its colon
def f()
    pass
