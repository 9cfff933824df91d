# test: an exception raised in an except block prints "During handling of the above exception" chain
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("missing", key)
        return table["default"] + 1

print(lookup({"a": 1}, "a"))
lookup({"b": 2}, "z")
