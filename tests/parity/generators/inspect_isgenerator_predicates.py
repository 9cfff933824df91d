# test: inspect.isgenerator / isgeneratorfunction, types.GeneratorType and isinstance tell generators from functions and other iterators
import inspect
import types

def gen():
    yield 1

def plain():
    return iter([1])

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class WithGenMethod:
    def items(self):
        yield 1

candidates = [
    ("gen", gen),
    ("gen()", gen()),
    ("plain", plain),
    ("plain()", plain()),
    ("genexpr", (x for x in [])),
    ("listcomp", [x for x in []]),
    ("It()", It()),
    ("method", WithGenMethod().items),
    ("method()", WithGenMethod().items()),
    ("lambda", lambda: (yield)),
    ("range", range(3)),
]
for label, obj in candidates:
    print(label.ljust(9), inspect.isgenerator(obj), inspect.isgeneratorfunction(obj),
          isinstance(obj, types.GeneratorType), type(obj).__name__)
print(type(gen()) is types.GeneratorType)
print(types.GeneratorType.__name__)
print(isinstance(gen, types.FunctionType), isinstance(gen(), types.FunctionType))
