# test: an unexpected indent is reported even when a bracket is unmatched later
x = 1
    y = 2
z = (1))
