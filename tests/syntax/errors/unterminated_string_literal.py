# test: a single-quoted string that runs to the end of the line
x = 1
y = 'abc
z = 2
