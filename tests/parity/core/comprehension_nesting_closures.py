# test: nested comprehensions with filters, closures created in nested comprehensions, comprehension variables not leaking, comprehensions in class bodies
m = [[i * j for j in range(4) if j % 2 == 0] for i in range(3) if i]
print(m)
flat = [x for row in [[1, 2], [3], []] for x in row if x != 2]
print(flat)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
fns = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([f() for row in fns for f in row])
def outer():
    total = 0
    def add_all(xs):
        nonlocal total
        [total := total + x for x in xs] if False else None
        for x in xs:
            total += x
        return total
    return add_all
a = outer()
print(a([1, 2]), a([3]))
print({k: [v for v in range(k)] for k in range(3)}, {x % 3 for x in range(10)})
x = 10
print([x for x in range(3)], x)
print([[y for y in range(x)] for x in range(3)])
def counter():
    return [sum([i for i in range(n)]) for n in range(5)]
print(counter())
names = ["a", "b"]
print([(n, [n * k for k in range(2)]) for n in names])
class Holder:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    pairs = {v: w for v, w in zip(vals, doubled)}
print(Holder.doubled, Holder.pairs)
print([i for i in range(10) if i % 2 if i % 3], [j if j else "zero" for j in range(3)])
res = [(lambda v: v * k)(2) for k in range(3)]
print(res)
print([[c for c in w] for w in "ab cd".split()], "".join([c.upper() for c in "abc" if c != "b"]))
