# test: yield in a list comprehension inside a function
def f(items):
    return [(yield x) for x in items]
