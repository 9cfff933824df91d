# test: an f-string that runs to the end of the line
y = f'{1}
