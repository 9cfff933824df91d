# test: gi_yieldfrom still names the subgenerator while throw() is being passed down to it
def inner():
    try:
        yield 1
    except ValueError:
        print("during throw:", type(outer.gi_yieldfrom).__name__, outer.gi_running)
        yield 2
    try:
        yield 3
    finally:
        print("during close:", type(outer.gi_yieldfrom).__name__, outer.gi_running)
def gen():
    yield from inner()
outer = gen()
next(outer)
print(outer.throw(ValueError))
print(next(outer))
outer.close()
