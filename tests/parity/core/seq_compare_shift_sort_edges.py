# test: list and tuple comparison hands the first differing items to the operator itself; shifts by huge counts; a list changed while it sorts
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return "custom"
print([Loud(1)] < [Loud(2)], (Loud(1), 1) <= (Loud(1), 2), [1, 2] < [1, 2, 0], (1, 2) > (1,))
print([1] == [1.0], [1, [2]] != [1, [2]], () < (0,))
print(5 >> 10**30, -5 >> 2**64, 0 << 2**64, 0 << 2**63, 1 << 10)
try:
    1 << 2**64
except MemoryError as e:
    print(type(e).__name__)
items = [3, 1, 2]
def key(v):
    items.append(v)
    return v
try:
    items.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(items)
