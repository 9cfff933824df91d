# test: repr vs str of numbers, strings, containers, None, functions-free nested structures
values = [1, -2.5, "s", 'q"', None, True, [1, "a"], (1,), {"k": [None]}, {3}, b"b", 10 ** 20]
for v in values:
    print(str(v), "|", repr(v))
print(str([1.0, 0.1]), repr((1.5e-7,)))
print([[], [[]], ()], {(): {}})
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print(str(), repr(str()), format(3.5), format(42, "05"))
print(ascii("é"), ascii([1, "ü"]))
