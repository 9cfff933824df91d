# test: iter(callable, sentinel) calls until the sentinel appears; a StopIteration raised by the callable also ends it
values = [3, 2, 1, 0, 5]

def take():
    return values.pop(0)

print(list(iter(take, 0)))
print("left:", values)

def finite():
    if counter:
        return counter.pop()
    raise StopIteration

counter = [1, 2]
it = iter(finite, None)
print(type(it).__name__, list(it), list(it))
