# test: two expressions side by side in a list
x = [a b]
