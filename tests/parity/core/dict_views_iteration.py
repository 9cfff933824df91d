# test: dict views are live, support len/in/set operations on keys, and iteration order follows insertion
d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["c"] = 3
print(keys, values, items)
print(len(keys), "c" in keys, 3 in values, ("a", 1) in items)
print(sorted(keys & {"a", "z"}), sorted(keys - {"a"}), sorted(keys | {"q"}))
for k in d:
    print(k, d[k])
for k, v in reversed(d.items()):
    print("rev", k, v)
print(list(reversed(d)), type(keys).__name__, type(items).__name__)
print(d.keys() == {"a", "b", "c"}, list(d.values()) == [1, 2, 3])
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
