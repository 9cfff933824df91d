# test: a while loop's else body not indented
while x:
    pass
else:
pass
