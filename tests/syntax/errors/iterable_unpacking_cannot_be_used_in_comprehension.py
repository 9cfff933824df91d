# test: *x as a list comprehension element
rows = [[1], [2]]
flat = [*row for row in rows]
