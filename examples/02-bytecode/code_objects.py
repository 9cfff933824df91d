# Every function has a code object, and its co_* attributes show what the compiler decided.
#
# What to look for:
# - co_varnames lists the parameters first, then the other locals in the order they first
#   appear. Keyword-only parameters come before *args and **kwargs, so `scale` is first in
#   `total`.
# - `count` is assigned in counter and changed by bump, so it lives in a cell: it is one of
#   counter's co_cellvars and bump's co_freevars, and in neither co_varnames.
# - co_names holds the names looked up by name at run time: globals such as `sum` and
#   `print`, and attributes such as `get`.
# - co_flags says what kind of code this is. FLAGS lists the bits this book talks about:
#   every function is OPTIMIZED and NEWLOCALS, bump is NESTED, and GENERATOR, COROUTINE and
#   ASYNC_GENERATOR wait for the chapters on generators and coroutines.

FLAGS = {
    0x1: "OPTIMIZED",
    0x2: "NEWLOCALS",
    0x4: "VARARGS",
    0x8: "VARKEYWORDS",
    0x10: "NESTED",
    0x20: "GENERATOR",
    0x80: "COROUTINE",
    0x200: "ASYNC_GENERATOR",
}


def counter(start=0):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def total(*numbers, scale=1, **options):
    result = sum(numbers) * scale
    if options.get("verbose"):
        print("total is", result)
    return result


def show(function):
    code = function.__code__
    print(code.co_qualname)
    print("  co_argcount", code.co_argcount, "co_kwonlyargcount", code.co_kwonlyargcount)
    print("  co_varnames", code.co_varnames)
    print("  co_cellvars", code.co_cellvars)
    print("  co_freevars", code.co_freevars)
    print("  co_names   ", code.co_names)
    names = [name for bit, name in FLAGS.items() if code.co_flags & bit]
    print("  co_flags   ", " | ".join(names))


show(counter)
bump = counter(10)
show(bump)
show(total)
print(bump(), bump(5), total(1, 2, 3, scale=10))
