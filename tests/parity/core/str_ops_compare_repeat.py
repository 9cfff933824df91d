# test: string comparisons, `in`, repetition, ordering of mixed case/unicode, and common methods edge cases
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "é" > "z", "10" < "9", "abc" == "abc")
print("bc" in "abcd", "" in "abc", "x" not in "abc", "ab" * 3, 0 * "ab", -2 * "ab", "ab" * True)
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a"], key=str.lower))
print(max("hello"), min("hello"), "hello".count("l"), "hello".count(""), "aaa".count("aa"))
print("a,b,,c".split(","), "  a  b ".split(), "a b c".split(" ", 1), "a,b,c".rsplit(",", 1), "".split(","))
print("x".join(["1", "2", "3"]), "".join([]), "-".join("abc"))
print("Hello World".swapcase(), "hello world".title(), "  x ".strip(), "xxhixx".strip("x"), "abc".center(7, "*"))
print("42".zfill(5), "-42".zfill(5), "abc".ljust(5, ".") + "|", "a\tb".expandtabs(4), "ab".rjust(1))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("lo"), "hello".partition("l"), "hello".rpartition("l"))
print("line1\nline2\r\nline3".splitlines(), "a\n".splitlines(True), "ABC".lower().islower(), "123".isdigit(), " ".isspace())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".startswith(("x", "a")), "abc".endswith("c", 0, 2))
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
