# test: format specs nested two levels deep
s = f'{x:{y:{z}}}'
