# test: a while body not indented
while x:
pass
