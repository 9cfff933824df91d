# test: a replacement field not closed before the string ends
name = 'x'
s = f'{name'
