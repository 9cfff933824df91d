# test: a literal as a with ... as target
with open_it() as 1:
    pass
