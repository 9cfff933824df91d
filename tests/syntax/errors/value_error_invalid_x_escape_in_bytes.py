# test: a truncated \x escape in a bytes literal
x = b'ab\x4'
