# test: a send() that makes the generator return raises StopIteration whose value is the returned value
def collect(n):
    items = []
    while len(items) < n:
        item = yield len(items)
        items.append(item)
    return items

g = collect(3)
print(next(g))
print(g.send("x"))
print(g.send("y"))
try:
    g.send("z")
except StopIteration as e:
    print("returned", e.value)
