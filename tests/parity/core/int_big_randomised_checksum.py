# test: big-int arithmetic, floor division/modulo signs, bit operations, shifts, modular pow and inverse, base conversions and hashes on 200 pseudo-random operands (checksum)
seed = 987654321
def rnd(bits):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    r = seed
    while r.bit_length() < bits:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        r = (r << 64) | seed
    return r >> max(0, r.bit_length() - bits)
acc = []
for i in range(200):
    a = rnd(1 + i * 3) * (-1) ** i
    b = rnd(1 + (i * 7) % 150) + 1
    c = rnd(30) + 2
    acc += [a + b, a - b, a * b, a // b, a % b, -a // b, a // -b, a % -b, divmod(a, b)[0]]
    acc += [a & b, a | b, a ^ b, ~a, a >> (i % 70), a << (i % 33), abs(a)]
    acc += [pow(a, 3, c), pow(b, i, c), pow(a, i % 5, -c)]
    try:
        acc.append(pow(a, -1, c))
    except ValueError as e:
        acc.append(str(e))
    acc += [int(str(a)), int(hex(a), 16), int(bin(b), 2), int(oct(a), 8), len(str(a)), a.bit_length()]
    acc += [a == b, a < b, (a > 0) - (a < 0), hash(a) if abs(a) < 2**61 else hash(a) % 1000]
h = 0
for v in acc:
    for ch in str(v):
        h = (h * 131 + ord(ch)) % 2305843009213693951
print(len(acc), h)
