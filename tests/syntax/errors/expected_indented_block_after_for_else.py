# test: a for loop's else body not indented
for x in y:
    pass
else:
pass
