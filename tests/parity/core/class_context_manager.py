# test: __enter__/__exit__ order, `as` binding, exception details passed to __exit__, and suppression
class Managed:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as v:
    print("body", v)

with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Managed("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Managed("outer") as o, Managed("inner") as i:
    print("both", o, i)

def early():
    with Managed("ret"):
        return "returned"
print(early())

for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            break
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
