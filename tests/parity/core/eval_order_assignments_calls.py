# test: evaluation order of augmented subscript assignment, chained comparisons, and/or, dict displays, call arguments, tuple targets and chained assignment
log = []
def t(v, name):
    log.append(name)
    return v
class Obj:
    def __init__(self): self.d = {"k": 1}
o = Obj()
t(o, "obj").d[t("k", "key")] += t(5, "rhs")
print(log, o.d); log.clear()
t([0, 0], "lst")[t(1, "idx")] = t(9, "val")
print(log); log.clear()
a = t(1, "a") < t(2, "b") < t(0, "c") < t(3, "d")
print(a, log); log.clear()
r = t(0, "x") or t("", "y") or t(None, "z")
print(repr(r), log); log.clear()
r = t(1, "x") and t([], "y") and t(3, "z")
print(repr(r), log); log.clear()
d = {t("k1", "k1"): t("v1", "v1"), t("k2", "k2"): t("v2", "v2")}
print(log); log.clear()
f = lambda *a, **k: (a, k)
f(t(1, "p1"), *t([2], "star"), k=t(3, "kw"), **t({"z": 4}, "dstar"))
print(log); log.clear()
x = [1, 2, 3]
i = 0
i, x[i] = 1, 99
print(i, x)
y = {}
y["a"] = y["b"] = t(0, "chain")
print(y, log); log.clear()
class C:
    v = 0
    def __getitem__(self, k):
        log.append(("get", k)); return self.v
    def __setitem__(self, k, val):
        log.append(("set", k, val)); self.v = val
c = C()
c[t("i", "index")] += 3
print(log, c.v); log.clear()
n = 5
n **= 2; n //= 3; n %= 5; n <<= 3; n |= 1; n ^= 2; n &= 0xff; n >>= 1; n -= 1; n *= -1
print(n)
s = "ab"; s *= 2; s += "!"
print(s)
print(t(3, "l") if t(False, "cond") else t(4, "r"), log)
