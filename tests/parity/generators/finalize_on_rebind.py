# test: rebinding the only name of a suspended generator closes it right at the assignment; so does replacing it in a list
def gen(name):
    try:
        yield name
    finally:
        print("  closing", name)

g = gen("one")
next(g)
print("before rebind")
g = gen("two")
print("after rebind; two is not started so nothing printed when it is replaced:")
g = None
print("after g = None")
gens = [gen("in list")]
next(gens[0])
print("before list replacement")
gens[0] = 0
print("after list replacement")
