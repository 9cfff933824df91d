# test: a double-quoted string that runs to the end of the line
y = "abc
