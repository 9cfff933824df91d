# test: `while x` without its colon
while x
    pass
