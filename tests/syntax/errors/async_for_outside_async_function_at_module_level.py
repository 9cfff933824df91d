# test: async for at module level
async for item in stream:
    pass
