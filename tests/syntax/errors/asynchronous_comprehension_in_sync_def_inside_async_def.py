# test: a plain def nested in an async def may not hold an async comprehension
async def outer(stream):
    def inner():
        return [x async for x in stream]
    return inner
