# test: await inside a list comprehension at module level makes it asynchronous
results = [await x for x in items]
