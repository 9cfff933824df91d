# test: an elif body not indented
if x:
    pass
elif y:
pass
