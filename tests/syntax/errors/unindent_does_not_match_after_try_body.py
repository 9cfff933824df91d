# test: an unindent the parser does not expect
try:
    x = 1
  y = 2
