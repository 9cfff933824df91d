# test: dict get, setdefault, pop, popitem, items, keys, values, update, copy, fromkeys, KeyError
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update(x=1, y=2)
d.update([("k", "v")])
print(d)
c = d.copy()
c["new"] = True
print(len(d), len(c))
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
for k, v in d.items():
    print(k, v)
print(sorted(d.keys()), sorted(d.values(), key=str))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
d.clear()
print(d)
