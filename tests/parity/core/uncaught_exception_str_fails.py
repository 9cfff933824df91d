# test: an uncaught exception whose __str__ raises is reported as "<exception str() failed>" after normal output
class Flaky(Exception):
    def __str__(self):
        raise ValueError("cannot render")
def check(values):
    total = 0
    for v in values:
        if v < 0:
            raise Flaky(v)
        total += v
    return total
print(check([1, 2, 3]))
try:
    check([-1])
except Flaky as e:
    print("caught", type(e).__name__, e.args)
print(check([4, -5]))
