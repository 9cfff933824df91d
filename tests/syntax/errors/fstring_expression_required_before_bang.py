# test: a conversion without an expression
s = f'{!r}'
