# test: legacy (pre-PEP 479): `raise StopIteration` inside a generator silently ends it; for-loops and list() just stop
def gen():
    yield 1
    yield 2
    raise StopIteration
    yield "never"

print(list(gen()))
for x in gen():
    print("for got", x)
print("no error")
