# test: `with x as y` without its colon
with x as y
    pass
