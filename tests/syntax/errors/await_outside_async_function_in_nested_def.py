# test: a plain def nested in an async def is not async
async def outer():
    def inner():
        await g()
    return inner
