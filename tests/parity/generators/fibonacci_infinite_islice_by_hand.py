# test: an infinite generator consumed with a manual limit, with zip against range, and with a take() helper generator
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for _, x in zip(range(n), it):
        yield x

print(list(take(10, fib())))
f = fib()
print([next(f) for _ in range(5)], next(f))
for i, x in enumerate(fib()):
    if x > 1000:
        print("first fib over 1000 is at index", i, "=", x)
        break
print(list(take(3, take(100, fib()))))
