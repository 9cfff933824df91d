# test: async def, await, async for, async with, async comprehensions, async generators
import asyncio


class Ticker:
    def __init__(self, count):
        self.count = count

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(0)
        return self.count


class Lock:
    async def __aenter__(self):
        return "locked"

    async def __aexit__(self, *exc_info):
        return False


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def agen(n):
    for i in range(n):
        yield await double(i)


async def main():
    print(await double(2))
    async for value in Ticker(3):
        print("tick", value)
    else:
        print("ticker done")
    async with Lock() as state, Lock():
        print(state)
    async with (Lock() as a, Lock() as b):
        print(a, b)
    print([v async for v in agen(3)])
    print({v async for v in agen(3) if v})
    print({v: v async for v in Ticker(2)})
    print([await double(v) for v in range(3)])
    print([x async for x in agen(4) for y in range(2) if x > y])
    gen = (v async for v in agen(2))
    print([v async for v in gen])
    return await asyncio.gather(double(1), double(2))


print(asyncio.run(main()))
