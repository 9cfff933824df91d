# test: a generator's __name__ and __qualname__ can be reassigned (strings only) without changing gi_code.co_name or the function's names
def gen():
    yield 1

g = gen()
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name, gen.__name__, gen.__qualname__)
print(gen().__name__)
try:
    g.__name__ = 42
except TypeError as e:
    print("TypeError:", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError:", e)
