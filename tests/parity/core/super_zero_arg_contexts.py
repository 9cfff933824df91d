# test: zero-argument super() in nested functions, lambdas and staticmethods (RuntimeError), in functions attached later (no __class__ cell), explicit two-argument super in comprehensions and with a class as second argument
class A:
    def f(self): return "A.f"
class B(A):
    def nested(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
    def nested_with_arg(self):
        def inner(x):
            return super().f()
        try:
            return inner(self)
        except (RuntimeError, TypeError) as e:
            return type(e).__name__ + " " + str(e)
    def lam(self):
        g = lambda: super().f()
        try:
            return g()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
    def comp(self):
        try:
            return [super().f() for _ in range(1)]
        except TypeError as e:
            return "TypeError " + str(e)
    def explicit(self):
        return [super(B, self).f() for _ in range(2)]
    def cls_cell(self):
        return (lambda: __class__.__name__)()
    @staticmethod
    def static():
        try:
            return super().f()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
b = B()
for m in (b.nested, b.nested_with_arg, b.lam, b.explicit, b.cls_cell, B.static):
    print(m.__name__, "->", m())
def standalone(self):
    return super().f()
B.standalone = standalone
try:
    b.standalone()
except RuntimeError as e:
    print("standalone RuntimeError", e)
print(super(B, b).f(), super(B, B).f(b), type(super(A, b)).__name__)
