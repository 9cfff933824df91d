# test: assigning to a list comprehension
[x for x in y] = [1]
