# test: NameError messages for undefined globals, and names used before assignment in functions
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)

def uses_missing():
    return missing_helper(1)

try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)

def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()

print(outer())
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
