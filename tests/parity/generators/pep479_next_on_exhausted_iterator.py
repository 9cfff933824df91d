# test: PEP 479: next() on an exhausted iterator inside a generator no longer ends the generator silently; it becomes RuntimeError
def pairs(iterable):
    it = iter(iterable)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

try:
    for p in pairs([1, 2, 3, 4]):
        print(p)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def pairs_fixed(iterable):
    it = iter(iterable)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(pairs_fixed([1, 2, 3, 4, 5])))
