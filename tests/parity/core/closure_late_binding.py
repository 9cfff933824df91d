# test: closures capture variables, not values: all lambdas made in a loop see the last value
funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])

i = 99
print([f() for f in funcs])

def build():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = "changed"
    return out

print([f() for f in build()])

adders = [lambda x: x + n for n in range(3)]
print([a(100) for a in adders])
