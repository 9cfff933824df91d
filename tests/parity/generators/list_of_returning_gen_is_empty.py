# test: the surprise that list(gen()) == [] when the generator only returns a value; for, list(), sum() discard the return value
def only_returns():
    return "the answer"
    yield

def yields_then_returns():
    yield 1
    yield 2
    return "lost"

print(list(only_returns()) == [])
print(list(only_returns()))
print(list(yields_then_returns()))
print(sum(yields_then_returns()))
for x in yields_then_returns():
    print("for saw", x)
g = only_returns()
try:
    next(g)
except StopIteration as e:
    print("but next() reveals:", e.value)
