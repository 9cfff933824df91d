# test: an if body not indented
x = 1
if x:
pass
