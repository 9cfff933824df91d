# test: puzzle: a lazy pipeline of generator expressions pulls one item at a time through every stage
def numbers():
    for n in range(1, 7):
        print("  produce", n)
        yield n

evens = (n for n in numbers() if n % 2 == 0)
squares = (n * n for n in evens)
labelled = ("sq=%d" % s for s in squares)
print("pipeline built, nothing produced yet")
print(next(labelled))
print("one more:")
print(next(labelled))
print("rest:", list(labelled))
print(sum(x * 2 for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(",".join(str(c) for c in (1, 2, 3)))
