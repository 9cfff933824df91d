# test: async for in a plain def
def f(stream):
    async for item in stream:
        pass
