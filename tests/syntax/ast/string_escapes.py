# test: every escape sequence in str and bytes literals
simple = "newline\n tab\t backslash\\ quote\' dquote\" bell\a backspace\b formfeed\f vtab\v cr\r"
hexes = "\x41\x7a\x7A"
unicode16 = "caf\u00e9 \u20AC"
unicode32 = "\U0001F600 \U00000041"
named = "\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE} \N{EURO SIGN}"
octals = "\0 \7 \101 \12 \177"
raw_untouched = r"\n\t\x41\N{BULLET}"
byte_escapes = b"\x00\xff\n\t\\\'\"\101\0"
print(repr(simple))
print(hexes, unicode16, unicode32, named)
print(repr(octals), raw_untouched, byte_escapes)
print(len("\
"), "a\
b")
