# test: float/int format specs in f-strings: precision, width, alignment, sign, thousands, exponent, percent, general
x = 1234567.891
y = -0.000123
n = 1234567
print(f"{x:.3f}|{x:>15.2f}|{x:<15.1f}|{x:^15.0f}|")
print(f"{x:,}|{x:,.2f}|{n:,}|{n:_}|{-n:,}|")
print(f"{x:e}|{y:e}|{x:.2E}|{0.0:e}|{n:e}|")
print(f"{y:g}|{x:g}|{1e20:g}|{1e-5:g}|{123.0:g}|{0.5:.0%}|{0.1234:.1%}|")
print(f"{n:>10}|{n:<10}|{n:^10}|{n:010}|{-n:010}|{n:+}|{n: }|")
print(f"{3.0:+.1f}|{-3.0: .1f}|{3: d}|{255:x}|{255:#X}|{5:08b}|{8:o}|")
print(f"{x:*>20,.2f}|{'ab':=^8}|{'ab':>5}|{'abc':.2}|")
w, p = 12, 4
print(f"{x:{w}.{p}f}|{x:>{w}}|")
print(f"{1e16}|{1e15}|{1.5e-7}|{float('inf')}|{-float('inf'):>6}|{float('nan')}|")
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1.005, ".2f"))
print(f"{True}|{True:d}|{False:>5}|{None!r}|")
print(f"{12345.6789:.3g}|{0.00001234:.2g}|{100:.2f}|{7:.1e}|")
