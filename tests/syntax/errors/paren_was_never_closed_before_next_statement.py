# test: the unclosed ( is reported, not the statement after it
x = (1,
     2
y = 3
