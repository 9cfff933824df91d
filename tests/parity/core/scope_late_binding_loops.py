# test: closures created in loops bind late; default args and factory functions fix it; comprehension variables do not leak
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make(n):
    return lambda: n
print([make(k)() for k in range(3)])
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
i = "kept"
squares = [i * i for i in range(4)]
print(i, squares)
adders = {}
for name in ["x", "y"]:
    def add(v, name=name):
        return name + str(v)
    adders[name] = add
print(adders["x"](1), adders["y"](2))
acc = []
n = 0
while n < 3:
    acc.append(lambda: n)
    n += 1
print([a() for a in acc])
