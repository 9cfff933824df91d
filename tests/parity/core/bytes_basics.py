# test: bytes literals, len, indexing giving ints, slicing, decode/encode, repr and concatenation
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b.decode(), b.decode("utf-8"), "héllo".encode())
print(b"\x00\xff\n", b'q"', b"it's")
print(list(b"abc"), bytes([104, 105]), bytes(3))
print(b + b" world", b * 2, b"ll" in b, 108 in b)
print(b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"lo"))
print(b == b"hello", b == "hello", b < b"help")
print("é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), len("é".encode()))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "x"
except TypeError as e:
    print(type(e).__name__, e)
