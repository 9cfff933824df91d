# test: the else clause of a for loop is not inside the loop
for i in range(3):
    pass
else:
    break
