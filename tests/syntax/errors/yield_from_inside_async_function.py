# test: yield from is not allowed in async def
async def f():
    yield from [1, 2]
