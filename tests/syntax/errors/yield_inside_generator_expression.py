# test: yield in a generator expression inside a function
def f(items):
    return list((yield x) for x in items)
