# test: an empty replacement field
s = f'a {} b'
