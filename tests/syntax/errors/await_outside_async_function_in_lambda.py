# test: a lambda inside an async def is not async: await in it is rejected
async def f():
    return lambda: await g()
