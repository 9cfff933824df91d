# test: unicode case mapping, repr/ascii escapes, ord/chr and their errors, unicode digits, encode/decode errors, unicode whitespace splitting
s = "héllo wörld ß ǅ 😀"
print(len(s), s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize())
print(repr("a\tb\nc\\d\x00\x7f\u200b'\""), ascii("ü😀"), repr("😀"), repr("\x80\xff"), "\N{GREEK SMALL LETTER ALPHA}")
print(ord("😀"), chr(128512), chr(0x41), ord("\n"), [c for c in "añ"], "😀"[0], "a😀b"[::-1])
print("ǅ".isupper(), "ǅ".istitle(), "١٢".isdigit(), "١٢".isdecimal(), "½".isnumeric(), "½".isdigit(), int("١٢"))
print("straße".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "ΣΑΣ".lower())
print("abc".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode(), "é".encode("latin-1") if False else "", len("é".encode()))
print("%", "{:^9}".format("😀"), f"{'é':*>4}", "a".center(4), "ab".center(5, "-"), "abc".center(2))
print(str(b"ab"), repr(b"a'b"), repr(b'a"b'), bytes([65, 66]), b"abc"[0], b"abc"[1:], list(b"hi"), b"x" * 3)
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: b"\xff".decode(), lambda: "é".encode("ascii")):
    try:
        print(f())
    except (ValueError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print("a b\tc\n".split(), "a\u3000b".split(), "x\x1cy".split(), "x\u2028y".splitlines())
print("\u00e9" == "e\u0301", len("e\u0301"), sorted(["é", "e", "f", "E"]))
