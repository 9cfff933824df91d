# test: a triple-double-quoted string still open at end of file
y = """abc
