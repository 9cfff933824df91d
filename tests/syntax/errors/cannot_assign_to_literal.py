# test: a literal as a for target (no == hint)
for 1 in range(3):
    pass
