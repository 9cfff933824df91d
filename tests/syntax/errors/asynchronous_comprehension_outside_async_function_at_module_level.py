# test: async for in a list comprehension at module level
values = [x async for x in stream]
