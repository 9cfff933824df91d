# test: yield from at module level is reported as 'yield' outside function
yield from [1, 2]
