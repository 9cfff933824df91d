# test: dict ordering after delete and re-insert, update order, pop/popitem/setdefault/get defaults and errors
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 10
print(list(d), d)
d["b"] = 20
print(list(d.items()))
d.update({"z": 0, "b": 21}, c=31)
print(d)
print(d.pop("z"), d.pop("nope", "dflt"), d.pop("nope", None))
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d.setdefault("new", []).append(1)
print(d["new"], d.get("missing"), d.get("missing", 0))
e = {}
try:
    e.popitem()
except KeyError as err:
    print(type(err).__name__, err)
print(dict.fromkeys("abc", 0), dict([("x", 1), ("y", 2)]), dict(a=1, **{"b": 2}))
m = {1: "one", 2: "two"}
m2 = {**m, 3: "three", 1: "uno"}
print(m2, m | {4: "four"}, {k: v for k, v in m2.items() if k != 2})
m |= {0: "zero"}
print(m, list(reversed(m)), len(m), 2 in m, "two" in m)
print({1: 1} == {1: 1.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
