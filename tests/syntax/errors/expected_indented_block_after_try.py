# test: a try body not indented
try:
pass
except:
    pass
