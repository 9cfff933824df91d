# test: an except ... as body not indented: the message says 'except' statement
try:
    pass
except ValueError as e:
pass
