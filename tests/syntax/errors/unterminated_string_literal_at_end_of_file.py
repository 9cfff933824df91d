# test: a string still open at end of file without a final newline
y = 'abc