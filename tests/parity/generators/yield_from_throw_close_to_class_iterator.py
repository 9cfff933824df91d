# test: yield from over a class iterator: throw() is passed to its throw() if it has one, else raised in the delegator; close() calls its close() if present
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"

class WithMethods:
    def __iter__(self):
        return self
    def __next__(self):
        return "with methods"
    def throw(self, *args):
        print("  WithMethods.throw called with", len(args), "argument(s):", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__)
        return "value from WithMethods.throw"
    def close(self):
        print("  WithMethods.close called")

def outer(it):
    try:
        yield from it
    except KeyError:
        print("  delegator caught KeyError itself")
        yield "delegator recovered"
    finally:
        print("  delegator finally")

g = outer(Plain())
next(g)
print(g.throw(KeyError))
g.close()

h = outer(WithMethods())
next(h)
print(h.throw(KeyError))
print(h.throw(KeyError("instance")))
h.close()
