# test: a call as an augmented assignment target
f() += 1
