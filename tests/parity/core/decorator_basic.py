# test: function decorators wrap calls, run at definition time and stack bottom-up
def trace(fn):
    print("decorating", fn.__name__)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    return wrapper

def bold(fn):
    print("bold over", fn.__name__)
    return lambda *a: "<b>" + fn(*a) + "</b>"

@trace
def add(a, b=1):
    return a + b

add(2)
add(2, b=5)
print(add.__name__)

@bold
@trace
def greet(name):
    return "hi " + name

print(greet("bo"))

def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
