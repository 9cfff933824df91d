# test: str.format with positional, keyword, indexed, attribute and nested fields, conversions and errors
class P:
    def __init__(self): self.x, self.y = 3, 4
p = P()
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>3}".format(name="Al", age=7))
print("{0[1]} {0[2][0]} {1[k]} {2.x},{2.y}".format([0, 1, [2]], {"k": "v"}, p))
print("{:{w}.{p}f}|{:>{w}}".format(2.71828, "r", w=8, p=2))
print("{!r} {!s} {0!r:>8}".format("q", "s") if False else "{0!r} {0!s} {0!r:>8}".format("q"))
print("{{}} {{{}}}".format("in"))
print("{:,} {:_b} {:+.2e} {:%}".format(10 ** 7, 255, 12345.678, 0.25))
print("{:<6}|{:^6}|{:>6}|{:*^7}".format("l", "c", "r", "s"))
for bad, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{", ()), ("{0:d}", ("s",))]:
    try:
        print(bad.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
