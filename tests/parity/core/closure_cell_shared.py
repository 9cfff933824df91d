# test: two closures over the same variable share one cell; later rebinding is visible to both
def pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter

s, g = pair()
print(g())
s("hello")
print(g())
s([1, 2])
print(g())

def outer():
    x = 1
    f = lambda: x
    x = 2
    return f

print(outer()())
g2 = outer()
print(g2(), g2())
