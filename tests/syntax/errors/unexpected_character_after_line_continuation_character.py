# test: something after a backslash on the same line
x = 1 \ + 2
