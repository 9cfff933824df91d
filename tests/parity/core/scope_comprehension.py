# test: comprehension loop variables do not leak; the first iterable is evaluated in the enclosing scope
x = "outer"
squares = [x * x for x in range(5)]
print(squares)
print(x)

total = {k: v for k, v in [(1, 2), (3, 4)]}
print(total)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)

def f():
    data = [1, 2, 3]
    return [n + len(data) for n in data]
print(f())

nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
print({v % 3 for v in range(10)})
