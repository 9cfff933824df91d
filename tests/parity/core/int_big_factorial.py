# test: factorial(50) computed with a loop and recursively, plus digit sums of big ints
def fact_loop(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r

def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)

f50 = fact_loop(50)
print(f50)
print(fact_rec(50) == f50)
print(sum([int(c) for c in str(f50)]))
print(f50 // fact_loop(48))
print(f50 % 10 ** 12)
print(str(fact_loop(30)).count("0"))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(150))
