# test: assigning to a generator expression
(x for x in y) = 1
