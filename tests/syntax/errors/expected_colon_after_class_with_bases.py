# test: `class A(B)` without its colon
class A(B)
    pass
