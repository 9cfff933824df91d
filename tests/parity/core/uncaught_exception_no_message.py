# test: an uncaught exception raised as a bare class prints only its name; sys.exit is not used
import sys
print("start", file=sys.stderr)
print("working")

class Stop(Exception):
    pass

def deep(n):
    if n == 0:
        raise Stop
    deep(n - 1)

deep(2)
