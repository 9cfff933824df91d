# test: yield from in a list comprehension is reported as 'yield'
def f(items):
    return [(yield from x) for x in items]
