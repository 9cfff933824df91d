# test: `elif y` without its colon
if x:
    pass
elif y
    pass
