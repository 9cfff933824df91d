# test: argument errors on methods and constructors name the qualified function
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(1, 2)
attempts = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: p.move(),
    lambda: p.move(1, 2, 3),
    lambda: p.move(1, dz=3),
    lambda: Point.move(1),
    lambda: p.move(1, dx=2),
    lambda: object(1),
]
for a in attempts:
    try:
        a()
    except TypeError as e:
        print(type(e).__name__, e)
class Empty:
    pass
try:
    Empty(5)
except TypeError as e:
    print(type(e).__name__, e)
