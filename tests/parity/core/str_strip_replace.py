# test: strip/lstrip/rstrip with and without chars, replace with a count
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "Q"))
print("a-b-c".replace("-", "--", 1))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
print(repr("   ".strip()), repr("".strip()))
