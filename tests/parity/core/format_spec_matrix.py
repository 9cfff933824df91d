# test: format() specs across types: invalid codes, = alignment, zero padding, grouping, c/n/%/#, z flag, nan/inf, None and lists
cases = [(3, "s"), ("a", "d"), (3.5, "d"), (3, ".2"), ("abc", ","), (3, "=+8"), ("ab", "05"), (65, "c"), (1234, "n"), (3.0, "n"),
         (-5, "=8"), (5, "=08"), (-5.5, "010.2f"), (2**70, ","), (1e16, ","), (0.0001, "%"), (12, "#o"), (12, "#b"), (-12, "#x"), (True, "x"),
         (None, ""), (None, "s"), ([1], ""), ([1], "s"), (3, "_x"), (1e-7, ".3g"), (123456789, "_d"), (1.5, "+"), (float("nan"), "+.2f"), (float("-inf"), "08.1f"),
         (7, "#010b"), ("x", "^"), ("x", "<3d"), (3, "z"), (-0.0, "z.1f"), (0.000001, ""), (1e16, "f"), (5, "%"), ("é", "_^5"), (3.14159, ".0e")]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
