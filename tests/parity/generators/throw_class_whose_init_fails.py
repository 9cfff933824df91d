# test: throw(ExcClass) makes the exception inside the generator, so a failing constructor's TypeError is thrown in and can be caught there
class E(Exception):
    def __init__(self, a):
        super().__init__(a)
def g():
    try:
        yield
    except TypeError as e:
        print("caught in gen:", e)
        yield "handled"
it = g(); next(it)
print(it.throw(E))
