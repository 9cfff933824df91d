# test: class definitions: bases, keywords (metaclass=), nested classes, super(), dunder methods
class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        namespace["tag"] = kwargs.get("tag", "none")
        return super().__new__(mcs, name, bases, namespace)


class Empty:
    pass


class Base:
    """A docstring."""
    count = 0

    def __init__(self, value):
        self.value = value
        Base.count += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"

    def __eq__(self, other):
        return isinstance(other, Base) and self.value == other.value

    def __len__(self):
        return self.value


class Derived(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

    class Inner:
        class Innermost:
            depth = 2

    def describe(self):
        return super().__repr__() + "+" + str(self.extra)


class Tagged(Base, metaclass=Meta, tag="t"):
    pass


class Parens():
    x: int = 0
    y: str


d = Derived(3, "x")
print(Empty(), d, d.describe(), len(d), d == Base(3), Base.count)
print(Derived.Inner.Innermost.depth, Tagged.tag, Tagged(1), Parens.x)
