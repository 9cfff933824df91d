# test: isinstance/issubclass with tuples and inheritance, type() names, and TypeError on bad args
class Animal:
    pass
class Dog(Animal):
    pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), isinstance(d, int))
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)), isinstance(True, int))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(Dog, (int, Animal)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(type(d).__name__, type(d) is Dog, type(3.0).__name__, type([]).__name__, type(type).__name__)
print(type({}).__name__, type(()).__name__, type(set()).__name__, type(None).__name__, type(len).__name__)
print(Dog.__name__, Dog.__bases__[0].__name__, type(d) == Animal)
try:
    isinstance(d, "Dog")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(d), callable(Dog))
