# test: the `as` name is deleted at the end of the except block; a pre-existing binding is removed too
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as u:
        return "unbound: " + str(u)
print(f())

def g():
    try:
        raise ValueError(1)
    except ValueError as exc:
        keep = exc
        del exc
    return repr(keep)
print(g())
x = None
for i in range(2):
    try:
        [][i]
    except IndexError as x:
        pass
print("x" in globals())
