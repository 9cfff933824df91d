# test: dict KeyError/TypeError/ValueError messages, size change during iteration, live views and view set ops, numeric key collapsing
d = {"a": 1}
for f in (lambda: d["zz"], lambda: d[[1]], lambda: {[1]: 2}, lambda: d.update(5), lambda: d.update([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(5)):
    try:
        f()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.remove(v)
print(lst)
k = d.keys(); v = d.values(); it = d.items()
d["later"] = 2
print(k, v, it, len(k), "later" in k, ("a", 1) in it)
print(k & {"a", "q"} == {"a"}, sorted(k - {"a"}), sorted(k | {"z"}))
print(d == dict(d), d.copy() is d, {1: [1]}.copy())
dd = {}
dd[1] = "int"; dd[1.0] = "float"; dd[True] = "bool"
print(dd, {0: 0, False: 1, 0.0: 2})
dd2 = {(1, 2): "t", (1, (2, 3)): "nested", None: "none", 2.5: "f", -1: "neg"}
print(dd2[(1, 2)], dd2[1, (2, 3)], dd2[None], dd2[2.5], dd2[-1])
print({k: v for k, v in zip(range(3), "abc")}, dict(sorted({3: "c", 1: "a"}.items())))
print(list(reversed(d.items())), list(reversed(d.keys())), max(d), min(d.values()))
