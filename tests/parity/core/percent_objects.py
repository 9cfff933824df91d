# test: printf-style conversions of user objects: __index__ for %x %o %X %c, __int__ or __index__ for %d, __float__ or __index__ for %f, which TypeErrors become CPython's wrong-type message and which exceptions pass through
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 65


class Int:
    def __int__(self):
        return 66


class Float:
    def __float__(self):
        return 67.5


class IntAndIndex:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class BadIndex:
    def __index__(self):
        return "sixty"


class BadInt:
    def __int__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return 1


class TypeErrorInside:
    def __index__(self):
        raise TypeError("raised inside __index__")

    def __float__(self):
        raise TypeError("raised inside __float__")


class ValueErrorInside:
    def __index__(self):
        raise ValueError("raised inside __index__")

    def __int__(self):
        raise ValueError("raised inside __int__")

    def __float__(self):
        raise ValueError("raised inside __float__")


class Plain:
    pass


class BigIndex:
    def __index__(self):
        return 2**70


for obj in [Index(), Int(), Float(), IntAndIndex(), BadIndex(), BadInt(), BadFloat(),
            TypeErrorInside(), ValueErrorInside(), Plain(), BigIndex()]:
    print("--", type(obj).__name__)
    for fmt in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%5d", "%c", "%f", "%e", "%.1g"]:
        show(fmt, obj)
    for fmt in [b"%d", b"%x", b"%c", b"%f"]:
        show(fmt, obj)

calls = []


class Logged:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        calls.append("str " + self.name)
        return self.name

    def __repr__(self):
        calls.append("repr " + self.name)
        return "<" + self.name + ">"

    def __index__(self):
        calls.append("index " + self.name)
        return 1


print("%s %r %d %x %s" % (Logged("a"), Logged("b"), Logged("c"), Logged("d"), Logged("e")))
print(calls)
calls.clear()
show("%s %s %q", (Logged("f"), Logged("g"), Logged("h")))
show("%s %d", (Logged("i"), "not a number"))
print(calls)
