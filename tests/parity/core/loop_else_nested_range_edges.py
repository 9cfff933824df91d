# test: for/while else with break/continue in nested loops, break inside try/finally in while True, range attributes, equality, indexing and errors
# loops
for i in range(3):
    pass
else:
    print("else after full loop", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("no")
print("n", n)
for i, c in enumerate("abc"):
    if c == "b":
        continue
    print(i, c)
for x in []:
    print("never")
else:
    print("empty else")
out = []
for a in range(3):
    for b in range(3):
        if b == a:
            break
        if (a + b) % 2:
            continue
        out.append((a, b))
    else:
        out.append("inner-else")
print(out)
r = range(2, 20, 5)
print(len(r), r[1], 7 in r, 8 in r, r.index(12), r.count(7), r == range(2, 19, 5), list(r), r)
print(range(0), bool(range(0)), range(5, 0, -1)[-1], len(range(10, 0, -3)), range(1, 2) == range(1, 2, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3).index(5)
except ValueError as e:
    print(type(e).__name__, e)
k = 0
while True:
    k += 1
    try:
        if k > 2:
            break
    finally:
        print("f", k)
print(list(range(-5, -1)), list(range(3, -3, -2)), range(10)[-3:], range(2**70)[-1])
