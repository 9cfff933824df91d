# test: `def f() -> int` without its colon
def f() -> int
    return 1
