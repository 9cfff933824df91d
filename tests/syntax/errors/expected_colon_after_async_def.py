# test: `async def f()` without its colon
async def f()
    pass
