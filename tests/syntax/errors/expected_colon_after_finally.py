# test: `finally` without its colon
try:
    pass
finally
    pass
