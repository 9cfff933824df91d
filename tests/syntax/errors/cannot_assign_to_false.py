# test: False is a keyword, not a name
False = 0
