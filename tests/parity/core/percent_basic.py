# test: printf-style str formatting basics: %s %r %a %%, a tuple or a single non-tuple argument, string width/precision/flags, instances' __str__/__repr__, and which operand's % wins
print("%s" % "text", "%s" % 42, "%s" % 3.5, "%s" % None, "%s" % True)
print("%s and %s" % ("one", "two"))
print("%r %r %r" % ("q'uote", 'd"q', b"by"))
print("%a %a %s" % ("héllo", "日本", "日本"))
print("%s" % [1, "a"], "%s" % {"k": 1}, "%r" % [None])
print("%s" % ((1, 2),), "%s" % ((),), "%r" % ((1,),))
print("100%% sure, %d%%" % 50)
print("%%" % (), "%%s" % (), "no directives" % ())
print("[%5s] [%-5s] [%.2s] [%7.3s] [%-7.3s]" % ("abc", "abc", "abc", "abcdef", "abcdef"))
print("[%5r] [%.3r] [%-6a] [%.4a]" % ("x", "xyz", "é", "é"))
print("[%05s] [%+s] [% s] [%#s]" % ("ab", "ab", 7, "ab"))
print("[%10s]" % "日本語", "[%-6s]" % "ñ", "[%.1s]" % "日本")
print("%hd %ld %Ld %ls" % (1, 2, 3, "s"))
print("%s" % "" + "|", "%.0s|" % "gone", "%5.0s|" % "gone")
print("%s%s%s" % ("a", "b", "c"), "x%sy" % "-")
print("日本%s語" % "*", "%s€" % "a")


class Named:
    def __str__(self):
        return "str-of-Named"

    def __repr__(self):
        return "Named()"


print("%s %r %a" % (Named(), Named(), Named()))
print("%10s|%-10r|" % (Named(), Named()))


class Esc:
    def __repr__(self):
        return "Esc(é)"


print("%s %r %a" % (Esc(), Esc(), Esc()))

s = "%s-%s"
s %= ("a", "b")
print(s)


class LeftMod:
    def __mod__(self, other):
        return "LeftMod.__mod__ %r" % (other,)


print(LeftMod() % "x")


class RightMod:
    def __rmod__(self, other):
        return "RightMod.__rmod__"

    def __repr__(self):
        return "RightMod()"


# str formatting comes first, so the right operand's __rmod__ is never asked.
print("%r" % RightMod())
try:
    print("abc" % RightMod())
except TypeError as e:
    print(type(e).__name__, e)
print(1 % RightMod())

for left, right in [(5, "x"), (None, "x"), ([1], "%s")]:
    try:
        left % right
    except TypeError as e:
        print(type(e).__name__, e)

# A tuple is the argument list; anything else is one argument.
print("%s" % (("nested",),), "%s" % [("in", "list")])
t = (1, 2, 3)
print("%s %s %s" % t, "%s" % (t,))
print("%s" % {"a": 1}, "%s" % {})
print("%d items" % len(t))
