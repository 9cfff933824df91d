# test: async with at module level
async with lock:
    pass
