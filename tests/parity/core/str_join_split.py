# test: str.join and str.split with and without sep, with maxsplit, and rsplit/splitlines
words = ["alpha", "beta", "gamma"]
print("-".join(words), "".join(words), ", ".join([]))
print("  a  b \t c\n".split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a b c d".split(None, 2))
print("a b c d".rsplit(" ", 1))
print("".split(), "".split(","))
print("one::two::three".split("::"))
print("line1\nline2\r\nline3".splitlines())
print("x".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"))
