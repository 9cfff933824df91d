# test: sys module basics: argv, maxsize, version_info indexing, byteorder, stdout/stderr objects, sys.exit argument count, sys.exc_info inside and outside handlers, intern
import sys
print(sys.argv[0].endswith("sys_module_basics.py"), len(sys.argv), type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1)
print(sys.version_info[:2] >= (3, 0), sys.version_info[0], sys.byteorder in ("little", "big"), sys.platform != "")
print(sys.stdout is not sys.stderr, hasattr(sys.stdout, "write"), sys.getrecursionlimit())
try:
    sys.exit("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
def handler():
    try:
        raise KeyError("inside")
    except KeyError:
        t, v, tb = sys.exc_info()
        return t.__name__, v.args
print(handler(), sys.exc_info())
print(sys.intern("abc") == "abc")
