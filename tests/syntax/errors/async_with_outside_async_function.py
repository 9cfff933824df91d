# test: async with in a plain def
def f(lock):
    async with lock:
        pass
