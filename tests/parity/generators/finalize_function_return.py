# test: a suspended generator held only by a local variable is closed when the function that holds it returns
def gen():
    try:
        yield 1
    finally:
        print("  generator finally")

def use():
    g = gen()
    print("  use got", next(g))
    print("  use returning")
    return "returned"

print(use())
print("after call")
