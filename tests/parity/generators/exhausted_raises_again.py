# test: an exhausted generator raises a fresh, empty StopIteration on every later next(); the return value is only reported once
def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "value:", e.value, "args:", e.args)
print(list(g))
for x in g:
    print("never printed", x)
print("for over exhausted generator did nothing")
