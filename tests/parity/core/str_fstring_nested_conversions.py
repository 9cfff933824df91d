# test: f-string conversions !r !s !a, nested replacement fields, = specifier, escaped braces, expressions and quotes
name = "Zoë"
items = ["a", 'b"c', "d'e"]
d = {"k": [1, 2]}
print(f"{name!r} {name!s} {name!a} {items!r} {items}")
print(f"{{literal}} {{{name}}} {d['k'][1]} {d!r}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}] [{name:>{width}}] [{name:{'^'}{width}}]")
x = 7
print(f"{x=} {x * 2=} {name=!s} {x=:>4}")
print(f"{'nested ' + f'{x:03d}'}", f"{(lambda y: y + 1)(x)}", f"{x if x > 5 else 0}")
print(f"{[i * i for i in range(4)]}", f"{ {1: 2}[1] }", f"{x:#x} {x:b}")
print(f"{None} {True!r} {3.0} {-0.0} {1e100} {2**64}")
print(f"{'a' 'b'}", f"multi" f"{x}" "plain")
