# test: 8 in an octal literal
x = 0o18
