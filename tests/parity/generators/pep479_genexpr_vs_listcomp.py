# test: PEP 479 applies to generator expressions (StopIteration becomes RuntimeError) but a list comprehension lets StopIteration through unchanged
def stopper(x):
    if x == 2:
        raise StopIteration("from stopper")
    return x

try:
    print(list(stopper(x) for x in range(4)))
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e, "| cause:", e.__cause__.args)
try:
    print([stopper(x) for x in range(4)])
except StopIteration as e:
    print("listcomp:", type(e).__name__, e.args)
try:
    print(list(map(stopper, range(4))))
except StopIteration as e:
    print("map: unreachable", e)
print("map() treated the StopIteration as its own end")
