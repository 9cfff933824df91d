# test: a generator that does `yield from` on itself gets "ValueError: generator already executing"
def gen():
    yield "first"
    yield from me

me = gen()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "closed after the error"))
