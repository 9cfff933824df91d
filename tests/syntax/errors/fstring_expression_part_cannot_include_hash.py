# test: a # inside the expression part
s = f'{a # b}'
