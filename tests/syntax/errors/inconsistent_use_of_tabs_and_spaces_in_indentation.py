# test: a tab-indented line followed by a space-indented one in the same block
if True:
	a = 1
        b = 2
