# test: ( on one line closed by ] on the next
x = (1,
     2]
