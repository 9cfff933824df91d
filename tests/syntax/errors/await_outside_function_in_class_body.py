# test: await in a class body at module level
class A:
    await g()
