# test: an async def body not indented: the message says function definition
async def f():
pass
