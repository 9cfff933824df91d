# test: printf-style %(key) lookups: dicts, nested parentheses in keys, mapping objects with __getitem__, missing keys, and CPython's rule that any __getitem__ type but tuple and str counts as a mapping
d = {"name": "Ada", "n": 3, "x": 2.5, "a(b)c": "paren", "": "empty", "日": "sun"}
print("%(name)s has %(n)d items costing %(x).2f" % d)
print("%(name)r %(name)a %(n)05d %(x)-8.1e|" % d)
print("%(a(b)c)s %()s %(日)s" % d)
print("%(name)s %(name)s %(n)x%%" % d)
print("no keys at all" % d, "%s" % d)
print("%(n)s" % {"n": (1, 2)}, "%(n)s" % {"n": [1]})


class Lookup:
    def __getitem__(self, key):
        return key.upper() * 2


print("%(ab)s and %(cd)r" % Lookup())
print("%s" % Lookup.__name__)


class Counting:
    def __init__(self):
        self.keys = []

    def __getitem__(self, key):
        self.keys.append(key)
        return len(self.keys)


c = Counting()
print("%(z)d %(y)d %(z)d" % c, c.keys)

# Sequences have __getitem__ too, so they are "mappings" that no key uses.
print("abc" % [], "abc" % [1, 2], "abc" % range(3), "abc" % {})
print("%s" % [1, 2], "%s" % range(2))


def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


show("%(missing)s", {"present": 1})
show("%(a)s", (1,))
show("%(a)s", 5)
show("%(a)s", "str is not a mapping")
show("%(a)s", [1])
show("%(0)s", ["zero"])
show("%(a)s %s", {"a": 1})
show("%s %(a)s", {"a": 1})
show("%(a)*d", {"a": 5})
show("%(a)s", {"a": 1, "b": 2})
show("%(a", {"a": 1})
show("%(a(b)s", {"a(b": 1})
show("%(a)", {"a": 1})
show("%()", {})
show("%(k)q", {"k": 1})
show("abc", 5)
show("abc", "x")
show("abc", (1,))
show("abc", Lookup())
show("%(x)s", Counting())


class Raising:
    def __getitem__(self, key):
        raise LookupError("no " + key)


show("%(x)s", Raising())
