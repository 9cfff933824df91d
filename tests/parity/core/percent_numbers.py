# test: printf-style integer and float conversions: %d %i %u %o %x %X %e %E %f %F %g %G %c with every flag, width and precision, negatives, big ints, bools, float truncation, inf and nan
for v in [0, 7, -7, 255, -255, 123456789]:
    print("%d|%i|%u|%o|%x|%X" % (v, v, v, v, v, v))
    print("%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|%-+6d|" % (v, v, v, v, v, v, v, v))
    print("%#o|%#x|%#X|%#8x|%#08x|%-#8X|%+#x|% #o|%#d|" % (v, v, v, v, v, v, v, v, v))
    print("%.3d|%.0d|%8.4d|%-8.4d|%08.4d|%#.5x|%#10.5o|%+.3i|" % (v, v, v, v, v, v, v, v))
print("%d %x %o" % (True, False, True), "%s %r" % (True, False))
big = 2**100 + 12345
print("%d" % big)
print("%x %X %o %#x" % (big, -big, big, -big))
print("%50d|%-50d|%050d|%+.40d" % (big, -big, big, big))
print("%d" % -(10**30), "%.35d" % 10**30)
for f in [3.99, -3.99, 0.5, -0.5, 1e20, -2.5e15]:
    print("%d %i %u" % (f, f, f))
print("%d" % 1e100)
for x in [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456789.123, 1e16, 1.5e300, 2.5, 0.125]:
    print("%f|%F|%e|%E|%g|%G" % (x, x, x, x, x, x))
    print("%.2f|%.0f|%#.0f|%.3e|%#.0e|%.3g|%#g|%#.3G|%.0g|%.10g" % (x, x, x, x, x, x, x, x, x, x))
    print("%12.3f|%-12.3f|%012.3f|%+.2f|% .2f|%+012.2e|% -12.2g|" % (x, x, x, x, x, x, x))
for x in [float("inf"), float("-inf"), float("nan")]:
    print("%f|%F|%e|%E|%g|%G|%+f|% f" % (x, x, x, x, x, x, x, x))
    print("%8f|%-8f|%08f|%+08F|%.2f|%#g" % (x, x, x, x, x, x))
print("%f %e %g" % (1, -2, 10**20), "%.1f" % True)
print("%.20f" % 0.1, "%.17g" % 0.1, "%.60f" % 1.0)
print("%.3f" % 2.675, "%.2f" % 0.125, "%.1f" % 0.25, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%g %g %g %g" % (100000.0, 1000000.0, 0.0001, 0.00001))
print("%c%c%c" % (72, "i", 0x263A), repr("%c" % 0), repr("%c" % True), "%c" % "日")
print("[%3c] [%-3c] [%03c] [%.0c]" % ("a", "b", 67, "d"))
print("%5.1f%%" % 99.44)
print("%(n)05.1f" % {"n": 3.14159})
