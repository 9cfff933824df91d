# test: float repr/format/round/mod and big-int true division on 300 pseudo-random values (checksum plus a sample)
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for i in range(300):
    a = rnd(); b = rnd() % 2**40 + 1
    x = a / b
    y = (a >> (i % 60)) * 1.0 / 2 ** (i % 70)
    z = float(a) * 10.0 ** ((i % 40) - 20)
    out.append(repr(x)); out.append(repr(y)); out.append(repr(z))
    out.append(f"{z:.17g}|{x:.5e}|{y:.3f}|{z:g}|{x:.0f}")
    out.append(repr(a * a / (b * b * b)))
    out.append(repr(round(z, 3)) + repr(round(x, -2)))
    out.append(str(int(z)) if z < 1e300 else "big")
    out.append(repr(x % 7.3) + repr(y // 1.7) + repr(-x % 3))
    out.append(repr(float(a * 2**(i % 100))))
    out.append(repr((a * 3 ** (i % 50)) / (b * 7 ** (i % 30))))
h = 0
for s in out:
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
print(len(out), h)
print(out[:12])
