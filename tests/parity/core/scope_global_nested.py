# test: global declarations in nested functions, creating globals from functions, global vs local shadowing
counter = 0
def outer():
    counter = "local to outer"
    def inner():
        global counter
        counter += 1
        return counter
    r = inner()
    return r, counter
print(outer(), counter)

def create():
    global created
    created = "made"
create()
print(created)

def read_only():
    return counter * 10
print(read_only())

def bad():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
bad()

def nested_global():
    def a():
        global gv
        gv = 1
    def b():
        return gv
    a()
    return b()
print(nested_global(), gv)
