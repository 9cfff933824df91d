# test: `for x in y` without its colon
for x in y
    pass
