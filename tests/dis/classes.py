# A class body, super(), keyword arguments, a comprehension and an f-string.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Labelled(Point):
    def __init__(self, x, y, *, label=""):
        super().__init__(x, y)
        self.label = label


points = [Labelled(i, i * i, label=str(i)) for i in range(3) if i != 1]
print(points, {p.label: p.y for p in points})
