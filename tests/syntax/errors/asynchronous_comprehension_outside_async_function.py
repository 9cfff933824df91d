# test: async for in a list comprehension in a plain def
def f(stream):
    return [x async for x in stream]
