# test: len of containers and __len__ errors, abs of ints and floats, hash of small and big ints
print(len([1, 2]), len("abc"), len({"a": 1}), len({1, 2, 3}), len(range(4)), len(b"xy"))
print(abs(-5), abs(5), abs(-2.5), abs(-(10 ** 30)), abs(True))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 70)))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
