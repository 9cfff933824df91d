# test: del of names, several targets, subscripts, slices, attributes and parenthesised targets
a = b = c = d = 1
values = list(range(10))
mapping = {"x": 1, "y": 2}
obj = type("Obj", (), {})()
obj.attr = 1
del a
del b, c
del (d)
del values[0]
del values[1:3], values[::2]
del mapping["x"]
del obj.attr
e, f = 1, 2
del [e, f]
print(values, mapping, hasattr(obj, "attr"))
