# test: absurd sizes are MemoryError or OverflowError (never a crash), ranges at the edge of 64 bits, set iterators, iterator names, dunders of built-in values
for make in (lambda: b"x" * 2**62, lambda: "ab" * 2**62, lambda: [0] * 2**62, lambda: bytes(2**62),
             lambda: list(range(2**62)), lambda: "{:2000000000000}".format(1), lambda: "x" * -2**70):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(format(1.5, ".65536f")))

print(list(range(2**63 - 2, 2**63 - 1, 5)), [i for i in range(-2**63 + 1, -2**63, -7)])
big = range(2**64, 2**64 + 10, 3)
print(list(big), big[-1], 2**64 + 3 in big, len(big))
for i in range(2**63 - 3, 2**63 - 1):
    print(i)

s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
print(type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed("ab")).__name__,
      type(reversed({})).__name__, type(zip()).__name__, list(zip()), type(iter({1})).__name__)

class Two:
    def __index__(self):
        return 2
print("ab" * Two(), [0] * Two(), Two() * (1,), bytes(Two()))
print(IOError is OSError, EnvironmentError is OSError)
print([1].__eq__([1]), (7).__hash__(), "x".__str__(), [].__hash__, (3).__class__, "s".__class__.__name__)
print((1.5).__format__(".2f"), (2).__repr__(), [1] != [1], {1: 2}.__eq__({1: 2}))
