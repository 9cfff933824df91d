# `yield from`: a generator hands its caller over to another generator.
#
# What to look for:
# - Values yielded by `inner` reach the caller of `outer` unchanged, and
#   values sent to `outer` arrive in `inner`: `outer` runs no line of its
#   own in between.
# - While `inner` runs, `outer` stays parked on its `yield from` line
#   (its gi_frame.f_lineno does not change) and `outer.gi_yieldfrom` is
#   the `inner` generator.
# - throw() on `outer` is raised inside `inner`, where it is caught.
# - When `inner` returns, its return value becomes the value of the
#   `yield from` expression, and `outer` carries on.
# - close() on `outer` closes `inner` first, then `outer`.


def inner():
    try:
        received = yield "inner: first"
        print(f"  inner received {received!r}")
        yield "inner: second"
    except KeyError as error:
        print(f"  inner caught KeyError {error}")
        yield "inner: recovered"
    finally:
        print("  inner: finally")
    return "inner's result"


def outer():
    print("  outer: before yield from")
    result = yield from inner()
    print(f"  outer: yield from gave {result!r}")
    yield "outer: own value"
    print("  outer: after its own value")


def where(gen):
    line = gen.gi_frame.f_lineno
    sub = gen.gi_yieldfrom
    if sub is None:
        return f"(outer at line {line})"
    sub_line = sub.gi_frame.f_lineno
    return f"(outer at line {line}, gi_yieldfrom: {sub.__name__} at line {sub_line})"


gen = outer()
print(next(gen), where(gen))
print(gen.send("hello"), where(gen))
print(gen.throw(KeyError("k")), where(gen))
print(next(gen), where(gen))
try:
    next(gen)
except StopIteration:
    print("outer finished")

print("close() while delegating:")
gen = outer()
print(next(gen), where(gen))
gen.close()
print(gen.gi_yieldfrom, gen.gi_frame)
