# test: bool is an int subclass: arithmetic, sum of bools, repr, and truthiness of values
print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(isinstance(True, int), type(True + 1).__name__)
print(True == 1, False == 0, True is (1 == 1))
print(repr(True), str(False), int(False))
print(True & False, True | False, True ^ True, ~True)
print(-True, +False)
for v in [0, 1, -1, 0.0, "", "a", [], [0], {}, None, (), (None,)]:
    print(repr(v), bool(v))
print(not 0, not "x")
print(1 and "yes", 0 and "yes", "" or "default", "a" or "b")
print(None or 0 or [] or "last")
print(["x", "y"][True], "ab"[False])
