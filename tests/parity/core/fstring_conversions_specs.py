# test: f-strings with expressions, !r/!s conversions, nested format specs and = debugging
name = "Ann"
pi = 3.14159265
n = 255
print(f"hello {name}!")
print(f"{name!r} {name!s} {[name]}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{n:x} {n:#o} {n:08b} {n:,}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]")
print(f"{'nested'!r:>10}")
print(f"{1 + 2} {n // 10} {name.upper()} {len(name)}")
print(f"{n=} {pi = :.1f}")
print(f"{{braces}} {n}")
d = {"k": 1}
print(f"{d['k']} {d}")
print(f"{None} {True} {3.0} {-0.0}")
print(f"{'a' if n > 100 else 'b'}")
print(f"{1000000:_} {12.5:%} {0.000123:e}")
