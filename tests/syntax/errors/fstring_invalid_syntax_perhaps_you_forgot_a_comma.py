# test: two names side by side in a replacement field
s = f'{a b}'
