# test: yield in a dict comprehension inside a function
def f(items):
    return {x: (yield x) for x in items}
