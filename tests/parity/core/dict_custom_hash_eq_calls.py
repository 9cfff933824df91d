# test: dict/set lookups with user __hash__/__eq__: hash first, identity short-cut, __eq__ only on hash collisions, equal keys keep the original key object
log = []
class K:
    def __init__(self, name, h): self.name, self.h = name, h
    def __hash__(self):
        log.append("hash " + self.name)
        return self.h
    def __eq__(self, o):
        log.append(f"eq {self.name}={o.name}")
        return self.name.lower() == o.name.lower()
    def __repr__(self): return self.name
a, b, c = K("a", 1), K("A", 1), K("z", 2)
d = {}
d[a] = 1
log.clear()
d[b] = 2
print(d, log); log.clear()
d[c] = 3
print(len(d)); log.clear()
print(a in d, log); log.clear()
print(K("q", 1) in d, log); log.clear()
s = {a, c}
print(b in s, log); log.clear()
print(d.get(K("Z", 2)), log); log.clear()
del d[K("a", 1)]
print(d, log); log.clear()
