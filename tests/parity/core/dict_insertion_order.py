# test: dicts keep insertion order; updating a key keeps its place; delete and re-add moves it last
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d)
d["zebra"] = 10
print(list(d))
del d["zebra"]
d["zebra"] = 11
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = dict(b=1, a=2)
e.update({"c": 3, "a": 20})
print(e)
print({1: "a", 1.0: "b", True: "c"})
print(dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print({**e, "d": 4, "b": 0})
print(e | {"z": 9})
print(len(d), "apple" in d, "nope" not in d, 1 in {1: 0})
print(d == {"zebra": 11, "apple": 2, "mango": 3})
