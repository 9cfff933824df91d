# test: `async for x in y` without its colon
async def f():
    async for x in y
        pass
