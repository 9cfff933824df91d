# test: sys.exit with a message string prints it to stderr and exits 1; finally blocks run; SystemExit can be caught
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, type(e.code).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("none", e.code)
try:
    raise SystemExit("msg", 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit(0)
except Exception:
    print("not here")
except BaseException as e:
    print("base", type(e).__name__, isinstance(e, Exception))
try:
    print("trying")
    sys.exit("fatal: stopping")
finally:
    print("finally runs")
print("unreachable")
