# test: printf-style bytes formatting: %b and %s take bytes or __bytes__, %a and %r give ascii(), numbers and %c as bytes, a bytes format's own error messages and mapping rules
print(b"%s and %b" % (b"one", b"two"))
print(b"%d|%i|%u|%o|%x|%X|%#x|%#o|%+05d|%-6d|%.3d" % (42, -42, 7, 8, 255, 255, 255, 8, 3, 3, 5))
print(b"%f|%.2e|%g|%#.0f|%08.3f|%+G" % (1.5, 12345.678, 0.0001, 2.0, -3.14159, float("inf")))
print(b"%c%c%c" % (104, b"i", 33), b"[%3c] [%-3c] [%03c] [%.0c]" % (65, b"B", 67, 68))
print(b"%a %r %a" % ("é", "x", b"bytes"))
print(b"[%5s] [%-5b] [%.2s] [%05s] [%.1a]" % (b"ab", b"cd", b"efgh", b"ij", "kl"))
print(b"100%% %s" % b"sure", b"%%" % (), b"plain" % ())
print(b"%s" % b"", b"%d" % True, b"%x" % 2**70, b"%d" % 3.99)
print(b"%(key)s %(n)d" % {b"key": b"value", b"n": 5})
print(b"\xff%s\x00" % b"\x80")
print(b"%ld %hd" % (1, 2))


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


print(b"%s|%b|%10.4s|" % (HasBytes(), HasBytes(), HasBytes()))
s = b"%s-%s"
s %= (b"a", b"b")
print(s)


def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class Index:
    def __index__(self):
        return 66


show(b"%s", "str")
show(b"%b", 5)
show(b"%s", None)
show(b"%s", BadBytes())
show(b"%c", Index())
show(b"%c", b"ab")
show(b"%c", "a")
show(b"%c", 256)
show(b"%c", -1)
show(b"%c", 2**80)
show(b"%c", 1.0)
show(b"%d", "1")
show(b"%i", "1")
show(b"%u", [])
show(b"%x", 1.0)
show(b"%X", None)
show(b"%d", float("inf"))
show(b"%f", "1.0")
show(b"%e", 10**400)
show(b"%g", None)
show(b"%s %s", (b"a",))
show(b"%s", (b"a", b"b"))
show(b"abc", 1)
show(b"abc", b"x")
show(b"abc", "x")
show(b"abc", [1])
show(b"abc", {})
show(b"%(a)s", b"x")
show(b"%(a)s", [1])
show(b"%(a)s", {"a": b"str key"})
show(b"%q", 1)
show(b"ab%\x01", 1)
show(b"%\x7f", 1)
show(b"%\xe9", 1)
show(b"%5\xe9", 1)
show(b"%.5\xe9", 1)
show(b"%-\xe9", 1)
show(b"%.\xe9", 1)
show(b"%l\xe9", 1)
show(b"%*\xe9", (1, 2))
show(b"%", ())
show(b"%5", 1)
show(b"%(a", {})
show(b"%*d", (b"1", 2))
show(b"%.*d", (2**31, 2))
show(b"%999999999999999999d", 1)
show(b"%.2147483647d", 1)
show(b"%.99999999999d", 1)
show(b"%99999999999999999999d", 1)
