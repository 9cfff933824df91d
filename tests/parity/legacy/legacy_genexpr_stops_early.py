# test: legacy (pre-PEP 479): StopIteration raised inside a generator expression silently ends it, just like in a list comprehension it escapes
def stopper(x):
    if x == 2:
        raise StopIteration
    return x

print(list(stopper(x) for x in range(5)))
try:
    print([stopper(x) for x in range(5)])
except StopIteration:
    print("list comprehension: StopIteration escaped")
print(sum(stopper(x) for x in range(5)))
