# test: g.throw(ExcType) raises a fresh instance at the paused yield; the generator handles it and the next yielded value is throw()'s result
def gen():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("  caught KeyError, args =", e.args)
            yield "recovered"

g = gen()
print(next(g))
print("throw ->", g.throw(KeyError))
print("next ->", next(g))
print("throw ->", g.throw(KeyError))
