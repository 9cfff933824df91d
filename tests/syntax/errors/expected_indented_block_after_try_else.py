# test: a try statement's else body not indented
try:
    pass
except:
    pass
else:
pass
