# A suspended generator that nobody refers to any more is closed at once.
#
# What to look for:
# - Each "closing" line appears between the line printed just before the
#   last reference goes and the line printed just after: the generator is
#   closed at that moment, not later.
# - The last reference can go in many ways: rebinding the variable,
#   `del`, the end of the function whose local held it, a `for` loop left
#   by `break`.
# - Closing means what close() does: GeneratorExit is raised at the paused
#   `yield`, so `except GeneratorExit` and `finally` blocks run.
# - A generator that never started has no paused `yield` and runs nothing;
#   neither does one that has already finished.
# - A generator still suspended when the program ends is closed after the
#   last line of the program has run.


def tracked(name):
    try:
        yield f"{name}: first"
        yield f"{name}: second"
    except GeneratorExit:
        print(f"  {name}: GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")


gen = tracked("rebound")
print(next(gen))
print("rebinding gen")
gen = tracked("never started")
print("rebinding gen again")
gen = None
print("gen is None")

gen = tracked("deleted")
print(next(gen))
print("del gen")
del gen
print("gen deleted")


def take_one(name):
    local = tracked(name)
    print(next(local))
    print(f"take_one({name!r}) returns")


take_one("local")
print("take_one returned")

for value in tracked("loop"):
    print(value)
    print("break")
    break
print("after the loop")

gen = tracked("finished")
print(list(gen))
gen = None
print("gen is None again")

survivor = tracked("survivor")
print(next(survivor))
print("last line of the program")
