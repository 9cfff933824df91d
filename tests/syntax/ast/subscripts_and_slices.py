# test: subscripts, slices with steps and omitted parts, tuple and ellipsis subscripts, attribute access
class Grid:
    def __getitem__(self, key):
        return key


text = "abcdefghij"
grid = Grid()
print(text[0], text[-1], text[2:5], text[:3], text[7:], text[:], text[::2], text[::-1])
print(text[1:8:3], text[-3:-1], text[:-1:2], text[:: -2])
print(grid[1, 2], grid[1:2, ::3], grid[...], grid[:, 0], grid[1:2:3], grid[()])
print(grid[lambda: 0] is not None, grid["k"], [[1, 2], [3, 4]][1][0])
print("a,b".split(",")[1].upper(), {"k": [10, 20]}["k"][-1])
