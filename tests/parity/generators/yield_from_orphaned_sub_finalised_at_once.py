# test: a subgenerator that ignored a delegated GeneratorExit is finalised as soon as the delegator lets go of it
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub ignores GeneratorExit")
    try:
        yield 2
    finally:
        print("sub finally")
def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        print("outer caught:", e)
    print("outer continues")
    yield 3
o = outer()
next(o)
print(o.throw(GeneratorExit))
print("end")
