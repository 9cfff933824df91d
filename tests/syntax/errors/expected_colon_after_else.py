# test: `else` without its colon
if x:
    pass
else
    pass
