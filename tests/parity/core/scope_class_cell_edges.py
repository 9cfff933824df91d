# test: __class__ is a cell only inside methods (in a class body it is an ordinary, missing name); super() after del self; __build_class__ calls the body without arguments
try:
    class A:
        print(__class__)
except NameError as e:
    print(type(e).__name__, e)

class B:
    def who(self):
        return __class__
    try:
        __class__
    except NameError as e:
        print("body:", type(e).__name__, e)
print(B().who())

class C:
    def f(self):
        del self
        return super().f
try:
    C().f()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    __build_class__(lambda a, b: 0, "X")
except TypeError as e:
    print(type(e).__name__, e)
