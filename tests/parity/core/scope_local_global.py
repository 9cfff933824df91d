# test: local assignment shadows a global; global reads and writes the module binding
x = "global"

def read_it():
    return x

def shadow():
    x = "local"
    return x

def write_global():
    global x
    x = "rebound"
    return x

print(read_it())
print(shadow())
print(x)
print(write_global())
print(x)
print(read_it())

def make_new_global():
    global fresh
    fresh = 42

make_new_global()
print(fresh)
