# test: implicit concatenation of str f-string and bytes
x = f'abc' b'def'
