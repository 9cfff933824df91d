# test: binding the loop variable as a default argument freezes its value per closure
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])
print(funcs[2](7))

adders = [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in adders])

def make(k):
    return lambda: k
made = [make(k) for k in "abc"]
print([f() for f in made])
