# test: a lone } in an f-string
s = f'a } b'
