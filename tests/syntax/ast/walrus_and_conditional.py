# test: assignment expressions (:=) and conditional expressions
data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print("long list of", n)
while (item := data.pop()) != 5:
    print("popped", item)
print([y for x in range(5) if (y := x * x) > 3], y)
print(label := "set", label)
size = "big" if n > 3 else "small"
nested = "neg" if n < 0 else "zero" if n == 0 else "pos"
print(size, nested, (lambda: "a" if size else "b")())
