# test: a zero-width space after a token
x = 1​
