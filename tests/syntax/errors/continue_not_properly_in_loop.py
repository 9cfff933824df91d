# test: continue at module level
x = 1
continue
