# test: __hash__ with __eq__ lets instances dedupe in sets and act as dict keys; __eq__ alone makes unhashable
class Key:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"Key({self.n})"

s = {Key(1), Key(2), Key(1)}
print(len(s), Key(2) in s, Key(3) in s)
d = {Key(1): "one"}
d[Key(1)] = "uno"
print(d, d[Key(1)])
print(hash(Key(5)) == hash(5))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    pass
o = Default()
print(hash(o) == hash(o), {o: 1}[o])
