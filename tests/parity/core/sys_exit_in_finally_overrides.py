# test: sys.exit in a finally block replaces an earlier SystemExit; exit status wraps modulo 256
import sys
def shutdown(code):
    try:
        print("shutting down", code)
        sys.exit(code)
    finally:
        print("finally sees exit")
try:
    shutdown(4)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(2)
finally:
    print("cleanup")
    sys.exit(256 + 7)
