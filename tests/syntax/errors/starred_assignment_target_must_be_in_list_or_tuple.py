# test: a lone starred target
*a = [1, 2]
