# test: unbounded recursion raises RecursionError, catchable, and the program continues
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)

print(issubclass(RecursionError, RuntimeError))

def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)

print(ok(100))

class Loop:
    def __repr__(self):
        return repr(self)

try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
print("still running")
