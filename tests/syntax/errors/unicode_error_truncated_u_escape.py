# test: a \u escape with two hex digits
x = '\u12'
