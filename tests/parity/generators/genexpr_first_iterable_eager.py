# test: a generator expression evaluates its first iterable (and calls iter() on it) at creation; everything else waits for the first next()
def source(label):
    print("  evaluating", label)
    return [1, 2]

print("create:")
g = (x * y for x in source("outer") for y in source("inner") if print("  filter", x, y) is None)
print("created; first next:")
print(next(g))

print("error in the first iterable is raised at creation:")
try:
    bad = (x for x in 1 / 0)
except ZeroDivisionError as e:
    print("  at creation:", type(e).__name__, e)

print("a non-iterable first iterable fails at creation too:")
try:
    bad = (x for x in 42)
except TypeError as e:
    print("  at creation:", type(e).__name__, e)

print("errors elsewhere wait for next():")
lazy = (x / 0 for x in [1])
print("  created fine:", type(lazy).__name__)
try:
    next(lazy)
except ZeroDivisionError as e:
    print("  at first next():", type(e).__name__, e)

lazy2 = (y for x in [1] for y in 42)
print("  inner non-iterable created fine")
try:
    next(lazy2)
except TypeError as e:
    print("  at first next():", type(e).__name__, e)
