# test: str methods (split/strip/find/replace/partition/slicing/justify/predicates/format) on 300 pseudo-random strings (checksum)
seed = 42
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
alpha = "ab cAB,.-é\t"
acc = []
for i in range(300):
    s = "".join([alpha[rnd(len(alpha))] for _ in range(rnd(12))])
    t = "".join([alpha[rnd(4)] for _ in range(rnd(3))])
    acc += [s.split(), s.split(t) if t else s.split(None, 1), s.rsplit(t, 1) if t else s.rsplit(None, 1), s.strip(t), s.lstrip(), s.rstrip(",.")]
    acc += [s.find(t), s.rfind(t), s.count(t), s.replace(t, "<>") if t else s.replace("", "|"), s.partition(t) if t else "", s.title(), s.capitalize()]
    acc += [s[rnd(5):rnd(12):rnd(3) + 1], s[::-(rnd(3) + 1)], s.center(rnd(15), "*"), s.zfill(rnd(14)), s.expandtabs(rnd(5)), repr(s), s.swapcase()]
    acc += [s.isalpha(), s.isspace(), s.istitle(), s.islower(), s.startswith(t), s.endswith(t), t in s, s < t, s.upper() == s]
    acc += [s.splitlines(), f"{s!r:>20}", f"{s:^15}", "{0:.3}".format(s), s.ljust(rnd(10), "_"), s.casefold()]
h = 0
for v in acc:
    for ch in str(v):
        h = (h * 131 + ord(ch)) % 2305843009213693951
print(len(acc), h)
