# test: a string left open later in the file replaces a generic parse error
x = = 1
y = "abc
