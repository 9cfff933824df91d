# test: finally runs when break, continue or return leave the try block inside loops
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")

def find(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            print("checked", x)
    return -1

print(find("abc", "b"))

n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print("while finally", n)
print("n =", n)

for i in range(2):
    try:
        pass
    finally:
        if i == 0:
            continue
    print("reached", i)
