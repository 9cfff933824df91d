# test: a list as an augmented assignment target
[a, b] += [1]
