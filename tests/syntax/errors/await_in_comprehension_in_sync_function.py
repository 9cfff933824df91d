# test: await inside a list comprehension in a plain def
def f(items):
    return [await x for x in items]
