# test: print sep/end None and empty, flush, sys.stdout.write return value, print argument TypeErrors, print to a user object with write(), repr of singletons
import sys
print("a", "b", sep=None, end=None)
print("c", sep="", end="")
print()
print(1, 2, 3, sep=", ", end=".\n", file=sys.stdout, flush=True)
print(*[], sep="x")
print("", end="|\n")
print([0.1, -0.0, 1e-7, 1.0, 2.5e20], (1.0,), {1.5: -2.0}, [True, None, ...])
sys.stdout.write("direct\n")
n = sys.stdout.write("count")
print("", n)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "custom", file=w, sep="_")
print("".join(w.parts))
print(repr(...), Ellipsis, NotImplemented, type(None).__name__, type(...).__name__)
