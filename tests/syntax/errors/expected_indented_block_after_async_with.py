# test: an async with body not indented: the message says 'with' statement
async def f():
    async with x:
    pass
