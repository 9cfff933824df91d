# test: a class-based iterator feeds zip, enumerate, map, filter, sorted, min, max, any, all, `in` and dict()
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

print(list(zip(Squares(3), "abc")))
print(list(enumerate(Squares(3), start=1)))
print(list(map(str, Squares(4))))
print(list(filter(lambda v: v % 2, Squares(5))))
print(sorted(Squares(4), reverse=True), min(Squares(4)), max(Squares(4)))
print(any(v > 10 for v in Squares(4)), all(v > 0 for v in Squares(4)))
print(9 in Squares(5), 10 in Squares(5))
print(dict(zip("xyz", Squares(3))))
print(list(map(lambda a, b: a + b, Squares(3), Squares(5))))
