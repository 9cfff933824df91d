# test: None is a keyword, not a name
None = 0
