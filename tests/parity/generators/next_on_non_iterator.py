# test: next() requires an iterator: lists, generator functions and other non-iterators raise TypeError with the type name
def gen():
    yield 1

for obj in ([1, 2], "text", gen, 42, None):
    try:
        next(obj)
    except TypeError as e:
        print("TypeError:", e)
print(next(iter([1, 2])), next(iter("text")), next(gen()))
try:
    iter(gen)
except TypeError as e:
    print("TypeError:", e)
