# Recursion is bounded by sys.getrecursionlimit(), not by the interpreter's own stack.
#
# What to look for:
# - Each call counts one level against the limit (1000 by default), and the call that would
#   go past it raises RecursionError instead of running.
# - The RecursionError unwinds every frame of `depth`, the module's `except` catches it, and
#   the program carries on.
# - With the limit raised, 50,000 nested calls succeed. CPython 3.11 runs a Python function
#   called from Python in the same C loop, and tandem in the same Rust loop, so no machine
#   stack grows with the depth.
# - repr() calling __repr__ calling repr() goes through built-in code at every level; the
#   message carries the words CPython adds for such a call.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(sys.getrecursionlimit())
print(depth(900))
try:
    depth(5000)
except RecursionError as error:
    print("RecursionError:", error)
print(depth(10))

sys.setrecursionlimit(100_000)
print(depth(50_000))
sys.setrecursionlimit(1000)


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as error:
    print("RecursionError:", error)
