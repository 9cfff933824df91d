# test: a conversion other than s, r, a
s = f'{name!x}'
