# test: a finally body not indented
try:
    pass
finally:
pass
