# test: a conversion not followed by }
s = f'{name!r'
