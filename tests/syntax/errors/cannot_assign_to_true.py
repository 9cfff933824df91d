# test: True is a keyword, not a name
True = 1
