# test: sys.exit(N) from inside nested function calls exits with status N and no traceback
import sys
def deep(n):
    if n == 0:
        print("exiting")
        sys.exit(42)
    deep(n - 1)
deep(5)
print("never")
