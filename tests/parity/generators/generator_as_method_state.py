# test: generator methods see instance state live (reads happen on resume) and a generator keeps its object alive
class Counter:
    def __init__(self):
        self.step = 1
    def count(self, limit):
        n = 0
        while n < limit:
            yield n
            n += self.step

c = Counter()
g = c.count(10)
print(next(g), next(g))
c.step = 4
print(list(g))
g2 = Counter().count(3)
print(g2.gi_frame.f_locals["self"].step, list(g2))
