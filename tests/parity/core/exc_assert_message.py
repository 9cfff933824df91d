# test: assert raises AssertionError with and without a message; the message expression is lazy
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

def noisy():
    print("message evaluated")
    return "msg"

assert True, noisy()
try:
    assert [], noisy()
except AssertionError as e:
    print("caught", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
