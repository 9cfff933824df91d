# test: `if x` without its colon
x = 1
if x
    pass
