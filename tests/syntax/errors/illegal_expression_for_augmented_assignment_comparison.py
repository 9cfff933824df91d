# test: a comparison as an augmented assignment target
a < b += 1
