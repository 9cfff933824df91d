# test: [ closed by }
x = [1, 2}
