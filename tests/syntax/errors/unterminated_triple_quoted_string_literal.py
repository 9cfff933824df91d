# test: a triple-quoted string still open at end of file
x = 1
y = '''abc
z = 2
w = 3
