# test: any/all short-circuit on iterators, isinstance/issubclass with tuples and nesting, hasattr/getattr/setattr/delattr defaults
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(map(check, [1, 3, 5, 7])), calls)
calls.clear()
print(all(map(check, [3, 4, 1, 9])), calls)
print(any([]), all([]), any([0, ""]), all([1, "x"]), any([[]]))
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
print(isinstance(3, (str, (float, int))), isinstance(True, int), isinstance(3, ()), isinstance("s", (list, tuple)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError), issubclass(type, object))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "c"
o = Obj()
print(hasattr(o, "cls_attr"), hasattr(o, "nope"), getattr(o, "nope", None), getattr(Obj, "cls_attr"))
setattr(o, "dyn", 5)
print(o.dyn, getattr(o, "dyn"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr([], "append").__name__, getattr("abc", "upper")(), hasattr(3, "real"))
