# test: AttributeError messages for instances, classes, modules, builtins and None
import sys

class Thing:
    def __init__(self):
        self.present = 1

t = Thing()
attempts = [
    lambda: t.missing,
    lambda: Thing.missing,
    lambda: None.upper,
    lambda: (5).foo,
    lambda: "s".nope,
    lambda: [].push,
    lambda: sys.nothing_here,
    lambda: delattr(t, "absent"),
]
for a in attempts:
    try:
        a()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.present
    t.present
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, "present", "gone"))
