# test: an indented statement that follows no block header
x = 1
    y = 2
