# test: assigning to a comparison
a < b = 1
