# test: a generator suspended inside a `with` block: close() makes __exit__ run with GeneratorExit; throw() makes it see the thrown exception
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, "with", None if exc_type is None else exc_type.__name__)
        return False

def gen(name):
    with Resource(name) as r:
        yield r.name + " opened"
        yield r.name + " still open"
    yield name + " closed normally"

print(list(gen("normal")))
g = gen("closed")
print(next(g))
g.close()
t = gen("thrown")
print(next(t))
try:
    t.throw(ValueError("v"))
except ValueError as e:
    print("propagated:", e)
