# test: with: single and multiple items, as targets (names, tuples, attributes), parenthesised items
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name, len(self.name)

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return exc_type is KeyError


holder = type("Holder", (), {})()
with Resource("a"):
    pass
with Resource("b") as pair:
    print(pair)
with Resource("c") as (name, size), Resource("d") as holder.attr:
    print(name, size, holder.attr)
with (Resource("e") as first, Resource("f") as second):
    print(first, second)
with (
    Resource("g"),
    Resource("h") as last,
):
    print(last)
with Resource("suppress"):
    raise KeyError("swallowed")
print("after")
