# test: an async for body not indented: the message says 'for' statement
async def f():
    async for x in y:
    pass
