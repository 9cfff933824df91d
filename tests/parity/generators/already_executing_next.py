# test: a generator that tries to resume itself with next() gets "ValueError: generator already executing" (catchable inside)
def gen():
    try:
        next(me)
    except ValueError as e:
        print("  inside:", type(e).__name__, e)
    yield "survived"
    next(me)
    yield "never"

me = gen()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("outside:", type(e).__name__, e)
print(next(me, "generator is finished"))
