# test: dropping an unstarted or a finished generator runs nothing (no finally), unlike dropping a suspended one
def gen(name):
    try:
        print("  body of", name)
        yield 1
    finally:
        print("  finally of", name)

a = gen("unstarted")
print("drop unstarted")
del a
b = gen("finished")
list(b)
print("drop finished")
del b
c = gen("suspended")
next(c)
print("drop suspended")
del c
print("end")
