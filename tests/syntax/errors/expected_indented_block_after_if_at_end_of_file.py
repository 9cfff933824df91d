# test: an if header on the last line: the error is reported on the header's own line
x = 1
if x:
