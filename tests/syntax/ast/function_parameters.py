# test: def with defaults, *args, **kwargs, keyword-only, positional-only, annotations everywhere; call forms
import types


def plain():
    pass


def defaults(a, b=2, c="three"):
    return a, b, c


def varargs(*args, **kwargs):
    return args, kwargs


def keyword_only(a, *, key, other=None):
    return a, key, other


def positional_only(a, b, /, c, *, d):
    return a, b, c, d


def positional_only_defaults(a=1, /, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra


def annotated(x: int, y: "str" = "s", *args: float, z: list[int] = [], **kw: dict) -> tuple:
    return x, y, args, z, kw


def returns_none() -> None:
    return


count: int = 1
label: str
pairs: dict[str, int] = {}
print(plain(), defaults(1), defaults(1, 3), defaults(1, c=5))
print(varargs(1, 2, x=3), varargs(*[1, 2], *(3,), **{"k": 4}, j=5))
print(keyword_only(1, key=2), positional_only(1, 2, c=3, d=4))
print(positional_only_defaults(c=3), positional_only_defaults(0, 1, 2, 3, c=5, e=6))
print(annotated(1, "y", 2.5, z=[3], w={}), returns_none(), count, pairs)
print(annotated.__annotations__["return"], isinstance(plain, types.FunctionType))


def trailing_commas(
    a,
    b=1,
    *args,
    c,
    **kwargs,
):
    return a, b, args, c, kwargs


print(trailing_commas(
    1,
    c=2,
))
