# test: an uncaught ZeroDivisionError prints a traceback through two frames to stderr and exits 1
def ratio(a, b):
    return a / b

def report(values):
    print("computing", values)
    return ratio(values[0], values[1])

print(report([6, 3]))
print(report([1, 0]))
print("never printed")
