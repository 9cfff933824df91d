# test: at exit, a yield from whose subgenerator ignores GeneratorExit reports it and the program still exits 0
def g2():
    try:
        yield 1
    finally:
        yield 2
def g0():
    yield from g2()
t0 = g0()
next(t0)
