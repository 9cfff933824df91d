# test: the generator type cannot be instantiated directly or subclassed
import types

try:
    class MyGen(types.GeneratorType):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    types.GeneratorType()
except TypeError as e:
    print("TypeError:", e)
print(types.GeneratorType.__module__)
