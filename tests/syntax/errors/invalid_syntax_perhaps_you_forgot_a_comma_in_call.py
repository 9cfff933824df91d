# test: two arguments without a comma
print(1 2)
