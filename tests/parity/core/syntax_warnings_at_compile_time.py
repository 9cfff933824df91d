# test: the SyntaxWarnings CPython 3.11 prints before running: "is" with a literal, calling or indexing a literal, asserting a tuple
x = 1
print(x is 1, x is not (), x is None, x is ..., "a" is x)
try:
    5()
except TypeError as e:
    print(e)
try:
    print([1][1.0], (1, 2)["a"], "ab"[1.5])
except TypeError as e:
    print(e)
try:
    print(5[0])
except TypeError as e:
    print(e)
try:
    print({1}[0])
except TypeError as e:
    print(e)
assert (x, "msg")
assert ()
f = lambda: 0
print([c for c in "ab"](), f"{x}"[0])
