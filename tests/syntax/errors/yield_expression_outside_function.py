# test: x = yield at module level
x = yield
