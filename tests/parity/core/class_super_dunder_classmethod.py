# test: super() from classmethods, staticmethods (explicit two-arg form) and user dunders defined on the parent
class A:
    @classmethod
    def make(cls): return "A.make:" + cls.__name__
    @staticmethod
    def st(): return "A.st"
    def __repr__(self): return "A()"
    def __eq__(self, o): return "A.eq"
    def __len__(self): return 7
class B(A):
    @classmethod
    def make(cls): return "B>" + super().make()
    @staticmethod
    def st(): return "B>" + super(B, B).st()
    def __repr__(self): return "B>" + super().__repr__()
    def __eq__(self, o): return super().__eq__(o)
    def __len__(self): return super().__len__() + 1
print(B.make(), B().make(), B.st(), repr(B()), B() == 1, len(B()))
