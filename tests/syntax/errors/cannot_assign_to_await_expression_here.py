# test: assigning to an await expression
async def f():
    await g() = 1
