# test: g.throw(instance) raises that very instance inside the generator (identity is kept, args are kept)
caught = []

def gen():
    try:
        yield 1
    except ValueError as e:
        caught.append(e)
        yield "handled " + str(e)

err = ValueError("bad value", 7)
g = gen()
next(g)
print(g.throw(err))
print(caught[0] is err, caught[0].args)
