# test: exception classes with custom __str__, __init__ without super, args and repr of exceptions
class E1(Exception):
    def __str__(self):
        return "custom E1"
class E2(Exception):
    def __init__(self, code):
        self.code = code
class E3(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
for exc in (E1("ignored"), E2(404), E3(1, 2), Exception(), Exception("one"), Exception("a", 2), ValueError(None)):
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise E2(500)
except Exception as e:
    print(e.code, e.args, isinstance(e, E2))
try:
    raise E3(3, 4)
except E3 as e:
    print(e, e.total)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(isinstance(StopIteration(3).value, int), StopIteration(3).value)
