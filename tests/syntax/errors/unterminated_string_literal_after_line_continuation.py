# test: a backslash continues the string onto a line that does not close it
y = 'abc\
def
