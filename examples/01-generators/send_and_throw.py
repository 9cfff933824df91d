# A running average kept by a generator and driven from outside.
#
# What to look for:
# - A new generator has not reached a `yield` yet, so there is nothing for
#   send() to deliver a value to: sending anything but None is a TypeError.
#   next() (the same as send(None)) runs it to its first `yield`.
# - `value = yield average` works both ways: `average` goes out as the result
#   of send(), and the value sent comes in as the value of the `yield`.
# - throw() raises the exception at the paused `yield`. The generator catches
#   it and yields again, so throw() returns that next yielded value.
# - An exception the generator does not catch comes out of throw(), and the
#   generator is finished.
# - close() raises GeneratorExit at the paused `yield`: the `except` and
#   `finally` blocks run, then close() returns None. A generator that yields
#   instead of finishing makes close() raise RuntimeError.
from inspect import getgeneratorstate


def averager():
    total = 0
    count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except ValueError as error:
                print(f"  averager: skipped bad input ({error})")
                continue
            total += value
            count += 1
            average = total / count
    except GeneratorExit:
        print("  averager: GeneratorExit raised at the yield")
        raise
    finally:
        print(f"  averager: finally, count={count}")


avg = averager()
print(getgeneratorstate(avg))
try:
    avg.send(10)
except TypeError as error:
    print(f"TypeError: {error}")
print("next:", next(avg))
print(getgeneratorstate(avg))
print("send 10:", avg.send(10))
print("send 20:", avg.send(20))
print("throw:", avg.throw(ValueError("not a number")))
print("send 30:", avg.send(30))
print("close:", avg.close())
print(getgeneratorstate(avg))
try:
    avg.send(40)
except StopIteration:
    print("StopIteration: a closed generator stays closed")

print("an exception the generator does not catch:")
avg = averager()
next(avg)
avg.send(5)
try:
    avg.throw(KeyError("oops"))
except KeyError as error:
    print(f"KeyError {error} came out of throw()")
print(getgeneratorstate(avg))


def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("  stubborn: caught GeneratorExit, yielding anyway")
    yield "second"


print("a generator that will not stop:")
gen = stubborn()
next(gen)
try:
    gen.close()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(getgeneratorstate(gen))
