# test: assigning to a set display
{a, b} = (1, 2)
