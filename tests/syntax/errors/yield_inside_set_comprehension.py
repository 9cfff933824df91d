# test: yield in a set comprehension inside a function
def f(items):
    return {(yield x) for x in items}
