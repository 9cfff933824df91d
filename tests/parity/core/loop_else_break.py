# test: for/else and while/else run the else clause only when the loop was not broken
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")

for n in [7, 9, 2]:
    find_divisor(n)

i = 0
while i < 3:
    i += 1
else:
    print("while finished, i =", i)

i = 0
while True:
    i += 1
    if i == 5:
        break
else:
    print("never")
print("broke at", i)

for _ in []:
    print("empty body")
else:
    print("empty loop runs else")

for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("continue does not skip else")
