# test: `class A` without its colon
class A
    pass
