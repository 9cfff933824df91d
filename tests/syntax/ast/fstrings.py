# test: f-strings: conversions, format specs, nested fields in specs, doubled braces, = specifier
name = "world"
value = 3.14159
width = 10
precision = 3
items = [1, 2, 3]
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:>10.3f} {value:<{width}.{precision}} {42:08b} {255:#x} {1234567:,}")
print(f"{name:{'^'}{width}}")
print(f"{{literal braces}} {{{name}}}")
print(f"{value=} {name = } {value=:.1f} {name=!r:>12}")
print(f"{items[0] + items[-1]} {len(items)} {'nested' + ' quotes'} {[i * 2 for i in items]}")
print(f"{'yes' if value > 3 else 'no'} {(lambda v: v * 2)(4)} {dict(a=1)['a']}")
print(f"{name}" "plain" f"{value}" 'again' F'{width}')
print(f"""triple {name}
second line {value:.1f}""")
print(f"{3 + 4 !r:>5}|{value:{width}}|{name:*^{width + 2}}")
print(f'{"double inside single"}', f"{'single inside double'}")
