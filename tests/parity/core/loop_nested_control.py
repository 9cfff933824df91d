# test: nested loops with break affecting only the inner loop, loop variables persisting after loops
found = None
for i in range(4):
    for j in range(4):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found, i, j)

for k in range(3):
    pass
print("k after loop", k)

total = 0
for row in [[1, 2], [3], [], [4, 5, 6]]:
    for v in row:
        if v == 5:
            break
        total += v
print(total)

n = 10
steps = []
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps.append(n)
print(steps)
for x in [1, 2, 3]:
    x *= 10
print(x)
d = {"a": 1, "b": 2}
try:
    for key in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
