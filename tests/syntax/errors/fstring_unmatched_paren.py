# test: a ) with nothing open inside a replacement field
s = f'{a)}'
