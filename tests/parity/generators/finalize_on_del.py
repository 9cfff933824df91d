# test: a suspended generator losing its last reference via `del` is closed at that moment: its finally runs between the markers
def gen(name):
    try:
        yield name + " first"
        yield name + " second"
    finally:
        print("  finally of", name)

g = gen("g")
print(next(g))
print("before del")
del g
print("after del")

alias = gen("shared")
other = alias
next(alias)
print("before del alias (another reference remains)")
del alias
print("after del alias")
del other
print("after del other")
