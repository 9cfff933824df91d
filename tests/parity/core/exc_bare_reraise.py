# test: bare raise re-raises the exception being handled, keeping its identity; raise with no active exception
def risky():
    raise ValueError("original")

def wrapper():
    try:
        risky()
    except ValueError as e:
        print("logging", e)
        raise

try:
    wrapper()
except ValueError as e:
    print("outer caught", e)

saved = None
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print(e2 is saved)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    reraise_other()
except ZeroDivisionError as e:
    print("re-raised stored", e)
