# test: an f-string as an augmented assignment target
f'{a}' += 'b'
