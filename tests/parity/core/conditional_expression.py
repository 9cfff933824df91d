# test: conditional expressions: laziness of the untaken branch, nesting and precedence
def loud(v):
    print("evaluated", v)
    return v

print(loud("yes") if True else loud("no"))
print(loud("yes") if 0 else loud("no"))
for n in [-2, 0, 5]:
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 1 + 2 if False else 10
print(x)
print([i if i % 2 else -i for i in range(5)])
f = (lambda: "a") if x > 5 else (lambda: "b")
print(f())
print((1, 2) if [] else "empty-list-falsy")
