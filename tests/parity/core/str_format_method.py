# test: str.format with positional, numbered, named, attribute/index fields and format specs
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {d[k]}".format([10, 20], d={"k": "v"}))
print("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]".format("r", "l", "c", "m"))
print("{:.3f} {:10.2f} {:e} {:%}".format(3.14159, 2.5, 12345.678, 0.25))
print("{:,} {:_} {:08.3f} {:+d} {: d}".format(1234567, 1234567, -3.14159, 5, 7))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print("{:5d}|{:<5d}|{:05d}".format(42, 42, -42))
print("{!r} {!s}".format("q", "q"))
print("{{literal}} {}".format(1))
print("{:g} {:g} {:g}".format(1.5, 1e20, 0.00001))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
