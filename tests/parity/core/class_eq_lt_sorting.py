# test: __eq__ and __lt__ make objects comparable and sortable; missing ordering gives TypeError
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1), Version(1, 0) == "1.0")
print(Version(2, 0) > Version(1, 5), Version(1, 0) in vs, vs.index(Version(1, 0)))
try:
    Version(1, 0) <= Version(1, 1)
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(type(e).__name__, e)
