# test: a bracket left open on an earlier line replaces the parse error found after it
values = [1, 2,
print(values)
x = = 1
