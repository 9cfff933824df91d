# test: PEP 479 only converts a StopIteration that escapes the generator frame; one caught inside, or return, is fine
def catches():
    try:
        raise StopIteration("caught locally")
    except StopIteration as e:
        yield "handled " + str(e)
    yield "continues"

def returns():
    yield 1
    return "clean end"

print(list(catches()))
print(list(returns()))

def in_finally():
    try:
        yield 1
    finally:
        try:
            next(iter([]))
        except StopIteration:
            print("  StopIteration handled in finally")
g = in_finally()
next(g)
g.close()
print("closed fine")
