# test: a replacement field holding only spaces
s = f'{  }'
