# test: `async with x` without its colon
async def f():
    async with x
        pass
