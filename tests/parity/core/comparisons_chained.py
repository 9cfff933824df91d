# test: chained comparisons evaluate the middle operand once and short-circuit
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1.0 == True, "a" < "b" < "c")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd")
print(0 < 5 != 6, 2 != 2 == 2)
x = 5
print(0 <= x < 10, not 0 <= x < 3)
print(1 in [1, 2] in [[1, 2]])
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, [] == [])
