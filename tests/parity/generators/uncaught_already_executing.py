# test: uncaught "ValueError: generator already executing" whose traceback passes through the generator frame; exit status 1
def recurse():
    yield 1
    yield next(self_ref)

self_ref = recurse()
print(next(self_ref))
print(next(self_ref))
print("not reached")
