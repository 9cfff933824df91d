# test: string and list slicing with negative steps, out-of-range bounds, step errors, and slice objects
s = "abcdefghij"
print(s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1], s[2:8:-1], s[-100:100], s[5:-100:-1])
print(s[::3], s[1::3], s[:-7:-2], s[100:], s[-3:], s[:0], repr(s[5:5]))
lst = list(range(10))
print(lst[::-3], lst[7:1:-2], lst[-2::-4], lst[slice(1, None, 2)], lst[slice(None, None, -5)])
sl = slice(1, 8, 3)
print(sl.start, sl.stop, sl.step, s[sl], sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
t = tuple(s)
print(t[-2:], t[::-4], "".join(t[1:4]))
print(range(10)[::-2], range(10)[2:7:2], list(range(10, 0, -3)[1:]), range(5)[-1], range(0, 10, 3)[-2:])
print(s[2:5][::-1], s[::-1][2:5], s[-3::-3])
