# One program, two answers: run it with and without --legacy-stopiteration.
def first_words(lines):
    for line in lines:
        words = iter(line.split())
        # next() on an empty line raises StopIteration inside the generator.
        yield next(words)


lines = ["alpha beta", "gamma", "", "delta"]
print(list(first_words(lines)))
