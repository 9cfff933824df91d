# test: unpacking a generator into too few or too many targets raises ValueError, after consuming what it needed
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e)
a, *b, c = gen(4)
print(a, b, c)
x, = gen(1)
print(x)
print([*gen(2), *gen(1)])
