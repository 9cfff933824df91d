# test: dir() of instances and classes (public names), locals() in a function, globals() membership, vars() of instances and classes, dir() of builtins' public methods
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B(); b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
def f():
    a = 1; b = 2
    return sorted(locals())
print(f())
g = globals()
print("A" in globals(), __name__)
print(vars(b), [k for k in vars(A) if not k.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:5])
