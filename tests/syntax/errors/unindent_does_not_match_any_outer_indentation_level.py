# test: dedent to a column no enclosing block uses
if True:
        a = 1
    b = 2
