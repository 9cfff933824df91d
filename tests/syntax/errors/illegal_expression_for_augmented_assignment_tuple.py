# test: a tuple as an augmented assignment target
a, b += 1, 2
