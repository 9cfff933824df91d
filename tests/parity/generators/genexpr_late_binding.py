# test: names used inside a generator expression (other than the first iterable) are looked up when it runs, not when it is created
factor = 2
items = [1, 2, 3]
g = (i * factor for i in items)
factor = 100
items = ["rebinding the name does not affect the captured first iterable"]
print(list(g))

data = [1, 2, 3]
h = (d for d in data)
data.append(4)
print(list(h))

def make():
    n = 1
    gen = (n * k for k in range(3))
    n = 10
    return gen
print(list(make()))
