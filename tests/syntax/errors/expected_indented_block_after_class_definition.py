# test: a class body not indented
class A:
pass
