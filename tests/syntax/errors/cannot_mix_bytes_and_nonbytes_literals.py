# test: implicit concatenation of bytes and str
x = b'abc' 'def'
