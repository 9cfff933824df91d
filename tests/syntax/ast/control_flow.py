# test: if/elif/else, while/else, for/else, break, continue, pass, nested loops
for n in range(6):
    if n == 0:
        pass
    elif n % 2 == 0:
        continue
    elif n == 5:
        break
    else:
        print("odd", n)
else:
    print("not reached")

i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)

for word in ["alpha", "beta"]:
    for letter in word:
        if letter == "e":
            print("found e in", word)
            break
    else:
        print("no e in", word)

while True:
    break

if i: print("one-line if")
while i > 2: i -= 1
for _ in (): pass
