# test: a literal as an augmented assignment target
1 += 1
