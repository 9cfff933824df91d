# test: legacy (pre-PEP 479): next() on an exhausted iterator inside a generator silently ends the generator, truncating its output
def pairs(iterable):
    it = iter(iterable)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

print(list(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3, 4, 5])))
print("the odd item 5 vanished without any error")
def first_of_each(*iterables):
    for iterable in iterables:
        yield next(iter(iterable))

print(list(first_of_each("ab", "", "cd")))
print("the empty string ended the generator early")
