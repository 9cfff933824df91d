# test: decorator factories taking arguments, and decorators keeping state across calls
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def shout(word):
    return word.upper()

print(shout("hey"))

def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@counted
def noop(x):
    return x

noop(1)
noop(2)
print(noop.calls)

def prefix(p, sep=": "):
    return lambda fn: lambda msg: p + sep + fn(msg)

@prefix("LOG")
@prefix("inner", sep="> ")
def message(m):
    return m

print(message("started"))
