# StopIteration is how a generator says "finished"; since Python 3.7 (PEP 479)
# a StopIteration raised *inside* a generator's body may not say it for it.
#
# What to look for:
# - `raise StopIteration` in a generator does not end it quietly: the
#   StopIteration is replaced by RuntimeError("generator raised StopIteration"),
#   with the original as its __cause__.
# - The same happens, less visibly, when next() on an exhausted iterator
#   raises StopIteration inside a generator; catch it and `return` instead.
# - The rule is about generator frames: a list comprehension is not a
#   generator, so a StopIteration raised in one escapes unchanged.
# - `return value` in a generator ends it; the value travels in the
#   StopIteration (its .value), so list() never sees it: list(...) is [].


def explicit():
    yield 1
    raise StopIteration("stop here")


try:
    print(list(explicit()))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    print(f"  __cause__: {error.__cause__!r}")
    print(f"  __suppress_context__: {error.__suppress_context__}")


def pairs(items):
    it = iter(items)
    while True:
        yield next(it), next(it)


def pairs_fixed(items):
    it = iter(items)
    while True:
        try:
            first = next(it)
            second = next(it)
        except StopIteration:
            return
        yield first, second


try:
    print(list(pairs([1, 2, 3, 4])))
except RuntimeError as error:
    print(f"pairs: RuntimeError: {error}")
print("pairs_fixed:", list(pairs_fixed([1, 2, 3, 4, 5])))


def check(x):
    if x == 2:
        raise StopIteration
    return x


try:
    list(check(x) for x in range(4))
except RuntimeError as error:
    print(f"generator expression: RuntimeError: {error}")
try:
    [check(x) for x in range(4)]
except StopIteration:
    print("list comprehension: StopIteration escaped unchanged")


def read_items(items):
    if not items:
        return ["default"]
    yield from items


print(list(read_items(["a", "b"])))
print(list(read_items([])))
gen = read_items([])
try:
    next(gen)
except StopIteration as stop:
    print(f"StopIteration.value: {stop.value!r}")
