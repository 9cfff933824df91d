# test: an open [ at end of file
x = [1,
     2
