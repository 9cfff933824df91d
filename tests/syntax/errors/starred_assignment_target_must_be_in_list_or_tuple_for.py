# test: a lone starred for target
for *a in [[1]]:
    pass
