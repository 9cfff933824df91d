# test: a non-ASCII character in a bytes literal
x = b'café'
