# test: async for in a dict comprehension in a plain def
def f(stream):
    return {x: 1 async for x in stream}
