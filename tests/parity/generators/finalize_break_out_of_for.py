# test: breaking out of a for loop over a fresh generator drops it, so it is closed right at the break, before the code after the loop
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("  generator closed at i =", i)

for x in gen():
    if x == 2:
        print("break")
        break
print("after loop")

g = gen()
for x in g:
    if x == 1:
        break
print("after loop with a named generator: still open")
print(next(g))
del g
print("end")
