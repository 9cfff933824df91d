# test: a \x escape with one hex digit
x = 'ab\x4'
