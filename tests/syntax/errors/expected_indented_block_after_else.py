# test: an if's else body not indented
if x:
    pass
else:
pass
