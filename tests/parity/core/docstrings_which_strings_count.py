# test: which first statements become __doc__ (plain and parenthesised strings; not f-strings, bytes, tuples or later strings), module/class/method/static/classmethod/nested docstrings, assigning __doc__
"""Module docstring."""
print(__doc__)
def a():
    """Triple
    quoted, multi-line."""
def b():
    x = 1
    "not a docstring"
def c():
    f"not a docstring {1}"
def d():
    ("parenthesised",)
def e():
    ("parenthesised string")
def g():
    3
    "after a constant"
def h():
    b"bytes"
lam = lambda: "lambda body"
class K:
    "class doc"
    x = 1
    def m(self):
        """method doc"""
    @property
    def p(self):
        "prop doc"
        return 1
    @staticmethod
    def s():
        "static doc"
    @classmethod
    def cm(cls):
        "cm doc"
class NoDoc:
    x = "first statement but assignment"
class Sub(K):
    pass
for obj in (a, b, c, d, e, g, h, lam, K, K.m, K().m, K.s, K.cm, NoDoc):
    print(repr(obj.__doc__)[:40])
def outer():
    def inner():
        "inner doc"
    return inner
print(outer().__doc__)
a.__doc__ = "changed"
print(a.__doc__)
