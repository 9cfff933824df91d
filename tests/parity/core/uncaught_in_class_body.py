# test: an exception raised while executing a class body propagates uncaught; names defined before it stay undefined
class Ok:
    value = 10
print(Ok.value)
def risky(n):
    return 100 // n
class Broken:
    first = risky(5)
    print("in body", first)
    second = risky(0)
print("never printed")
