# test: decorators: plain, with call arguments, dotted names, stacked, on classes and methods
import functools


def shout(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs).upper()
    return wrapper


def repeat(times):
    def decorate(function):
        def wrapper(*args):
            return [function(*args) for _ in range(times)]
        return wrapper
    return decorate


class registry:
    names = []

    @staticmethod
    def add(thing):
        registry.names.append(thing.__name__)
        return thing


@shout
def greet(name):
    return "hello " + name


@repeat(2)
@shout
def twice(word):
    return word


@registry.add
class Registered:
    @property
    def value(self):
        return 1

    @value.setter
    def value(self, new):
        pass

    @classmethod
    def make(cls):
        return cls()


@(lambda f: f)
def any_expression():
    return "ok"


print(greet("ann"), greet.__name__, twice("hey"), registry.names, Registered.make().value)
print(any_expression())
