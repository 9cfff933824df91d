# test: nonlocal through several levels, closures sharing a cell, nonlocal rebinding seen by sibling closures
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        def peek():
            return x
        return inner, peek
    inc, peek = mid()
    inc(); inc()
    def reset():
        nonlocal x
        x = 100
    reset()
    return inc(), peek(), x

print(outer())

def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"only {balance}")
        balance -= n
        return balance
    return deposit, withdraw
d, w = make_account(10)
print(d(5), w(3), d(0))
try:
    w(100)
except ValueError as e:
    print(type(e).__name__, e)
d2, w2 = make_account(1)
print(d2(1), d(0))

def shadow():
    v = "outer"
    def inner():
        v = "inner-local"
        return v
    inner()
    return v
print(shadow())
