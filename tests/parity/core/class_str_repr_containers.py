# test: containers use __repr__ of elements even when __str__ exists; __str__ falls back to __repr__; format() uses __format__/__str__
class OnlyRepr:
    def __repr__(self): return "R()"
class OnlyStr:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both<r>"
    def __str__(self): return "Both<s>"
    def __format__(self, spec): return f"Both[{spec}]"
r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), repr(r), [r], (r,), {1: r})
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object at"))
print(b, [b], {b: b} if False else {"k": b}, (b, [b]))
print(f"{b}", f"{b!r}", f"{b!s}", f"{b:>5}", format(b, "x"), "{}|{!r}".format(b, b))
print(f"{r}", f"{r!s}", "{!s} {!r}".format(b, b))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
