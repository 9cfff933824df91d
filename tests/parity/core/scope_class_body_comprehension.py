# test: class-body names are not visible inside comprehensions or methods, except the first iterable
class Config:
    base = 10
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i, n in enumerate(names)]
    try:
        scaled = [base * i for i in range(3)]
    except NameError as e:
        scaled = str(e)
    first = [x for x in range(base)][-1]
    def method(self):
        try:
            return base
        except NameError as e:
            return "method: " + str(e)
print(Config.upper, Config.pairs, Config.scaled, Config.first)
print(Config().method())
x = "global"
class K:
    x = "class"
    y = x
    def get(self):
        return x
    z = [x for _ in range(1)]
print(K.y, K().get(), K.z)
