# test: a generator expression has its own scope: the loop variable does not leak, and in a class body only the first iterable sees class names
x = "global x"
g = (x for x in range(3))
print(list(g), x)

class Config:
    names = ["a", "b"]
    suffix = "!"
    upper = list(n.upper() for n in names)
    try:
        decorated = list(n + suffix for n in names)
    except NameError as e:
        print("NameError:", e)

print(Config.upper)
print(hasattr(Config, "decorated"))

def f():
    total = 10
    return list(total + i for i in range(3))
print(f())
