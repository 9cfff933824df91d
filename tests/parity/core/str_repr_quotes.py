# test: repr of strings picks quotes and escapes special characters like CPython
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("back\\slash"))
print(repr("\x00\x7f"), repr("é"), repr("\u2603"))
print(["a", 'b"', "c'"])
print(("x",), {"k": "v"})
print(str("s"), repr(repr("s")))
print(repr(""), repr("\r"))
print(chr(65), ord("A"), chr(0x263A), ord("€"))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
