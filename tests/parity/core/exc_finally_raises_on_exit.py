# test: a finally body that raises while return/break leaves the try runs once; __exit__ raising during return
def f():
    try:
        return 1
    finally:
        print("finally")
        raise ValueError("v")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    for i in range(3):
        try:
            break
        finally:
            print("fin", i)
            raise KeyError(i)
try:
    g()
except KeyError as e:
    print("caught", e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("exit")
def h():
    with CM():
        return 5
try:
    h()
except ValueError as e:
    print("caught", e)
