# test: a backslash inside the expression part
s = f'{"\n".join(items)}'
