# test: an en dash where a minus was meant
x = 3 – 1
