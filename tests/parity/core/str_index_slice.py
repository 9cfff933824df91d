# test: string indexing with negative indices, slicing with steps, and IndexError
s = "abcdefgh"
print(s[0], s[-1], s[-8], s[3])
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:2:-1], s[-2:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:2])
print(s[1:7:3], s[::3])
try:
    s[8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
print("cd" in s, "dc" in s, "" in s, "x" not in s)
print("ab" * 3, 3 * "-", "x" * 0, "x" * -1 == "")
print(len(s), len(""), len("héllo"))
