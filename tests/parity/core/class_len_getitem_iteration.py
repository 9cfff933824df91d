# test: __len__ and __getitem__ give len(), indexing, slicing, `in` and for-iteration via IndexError
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("square index out of range")
        return i * i

sq = Squares(5)
print(len(sq), sq[2], sq[-1], sq[1:4], sq[::-2])
print(list(sq), 9 in sq, 10 in sq, sum(sq))
for v in sq:
    print(v, end=" ")
print()
a, b, *rest = Squares(4)
print(a, b, rest, bool(Squares(0)), bool(sq))
try:
    sq[7]
except IndexError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
