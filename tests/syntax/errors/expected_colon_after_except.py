# test: `except ValueError` without its colon
try:
    pass
except ValueError
    pass
