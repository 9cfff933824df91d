# test: a with body not indented
with x:
pass
