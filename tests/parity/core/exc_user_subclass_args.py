# test: user exception subclasses: args, str(), repr(), custom __init__ and __str__, catching by base
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key

class Weird(AppError):
    def __str__(self):
        return "weird: " + ", ".join(map(str, self.args))

for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("k"), Weird(1, 2)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)

try:
    raise NotFound("user", where="cache")
except AppError as e:
    print("caught", type(e).__name__, e, e.key, e.args)

try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
print(repr(ValueError("x", 1)), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError("a", "b")), str(IndexError(3)))
