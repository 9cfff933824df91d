# test: assignment expressions in if/while conditions, comprehensions (binding in the enclosing scope)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

items = list(data)
while (item := items.pop()) != 1:
    print("popped", item)
print("stopped at", item, items)

values = [y for x in data if (y := x * 2) > 6]
print(values, y)

def first_big(seq):
    for v in seq:
        if (big := v) > 5:
            return big
print(first_big(data))
print((z := 10) + z, z)
print([last := i for i in range(3)], last)
