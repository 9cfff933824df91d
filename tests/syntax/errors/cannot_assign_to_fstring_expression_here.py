# test: assigning to an f-string
name = 'x'
f'{name}' = 1
