# test: names in a class body are not visible to methods or to comprehensions in the body
size = "module size"

class Box:
    size = 10
    doubled = size * 2
    def get_size(self):
        return size
    def get_attr(self):
        return self.size

b = Box()
print(Box.doubled)
print(b.get_size())
print(b.get_attr())

class Grid:
    n = 3
    rows = [k * 2 for k in range(n)]

print(Grid.rows)

try:
    class Broken:
        m = 2
        vals = [m * k for k in range(3)]
except NameError as e:
    print(type(e).__name__, e)
