# test: a bytes literal that runs to the end of the line
y = b'abc
