# test: augmented assignment on ints, strings, lists (in place), tuples (rebinding), subscripts and attributes
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
y = 7.0
y /= 2
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
a = [1]
alias = a
a += [2, 3]
print(a, alias, a is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {"k": 1}
d["k"] += 10
print(d)
class C:
    n = 0
c = C()
c.n += 1
print(c.n, C.n)
m = 0b1100
m &= 0b1010; m |= 1; m ^= 0b11; m <<= 2; m >>= 1
print(m)
lst = [1, 2, 3]
lst[1:2] += ["x"]
print(lst)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
