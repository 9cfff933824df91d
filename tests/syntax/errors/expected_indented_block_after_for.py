# test: a for body not indented
for x in y:
pass
