# test: startswith/endswith with tuples and ranges, find/rfind/index/count, and index's ValueError
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.endswith("world"), s.endswith(("x", "ld")), s.startswith(("a", "b")))
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("zz"), s.find(""))
print(s.index("w"), s.rindex("l"), s.count("l"), s.count("o", 5), "aaaa".count("aa"))
print("".count(""), "abc".count(""))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
print("World".upper(), "World".lower(), "hello world".title(), "hello".capitalize(), "AbC".swapcase())
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), " ".isspace(), "Ab".isupper(), "ab".islower())
print("x".center(5, "*"), "7".zfill(3), "ab".ljust(4, "."), "ab".rjust(4), "-5".zfill(4))
