# test: an uncaught KeyError from deep in a call chain shows the repr of the key
def lookup(d, path):
    for part in path:
        d = d[part]
    return d
tree = {"a": {"b": {"c": 1}}}
print(lookup(tree, ["a", "b", "c"]))
print(lookup(tree, ["a", "x y"]))
