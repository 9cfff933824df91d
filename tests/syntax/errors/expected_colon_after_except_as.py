# test: `except ValueError as e` without its colon
try:
    pass
except ValueError as e
    pass
