# test: classmethod/staticmethod called via class, instance and subclass; cls is the subclass
class Base:
    count = 0
    @classmethod
    def make(cls, n):
        return cls.__name__, n
    @staticmethod
    def helper(a, b=2):
        return a * b
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count

class Sub(Base):
    pass

print(Base.make(1), Base().make(2), Sub.make(3), Sub().make(4))
print(Base.helper(3), Base().helper(3, 4), Sub.helper(a=5))
print(Base.bump(), Base.bump(), Sub.bump(), Base.count, Sub.count)
m = Sub().make
print(m(9))
f = Base.helper
print(f(10))
print(type(Base.__dict__["make"]).__name__, type(Base.__dict__["helper"]).__name__)
print(Base.__dict__["helper"].__func__(6))
