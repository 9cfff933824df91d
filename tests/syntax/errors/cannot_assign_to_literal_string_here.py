# test: assigning to a string suggests ==
'name' = 1
