# test: an except body not indented
try:
    pass
except ValueError:
pass
