# test: __name__, __qualname__ and gi_code.co_name of generators from nested functions, methods and generator expressions
def outer():
    def inner():
        yield 1
    return inner()

class Tree:
    def walk(self):
        yield self

    class Node:
        def children(self):
            def helper():
                yield 0
            return helper()

def make_genexpr():
    return (x for x in range(3))

samples = [
    outer(),
    Tree().walk(),
    Tree.Node().children(),
    make_genexpr(),
    (y for y in "ab"),
]
for g in samples:
    print(type(g).__name__, "|", g.__name__, "|", g.__qualname__, "|", g.gi_code.co_name)
print(outer.__qualname__, Tree.walk.__qualname__, Tree.Node.children.__qualname__)
