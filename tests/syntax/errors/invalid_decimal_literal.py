# test: a digit run immediately followed by a name
x = 1abc
