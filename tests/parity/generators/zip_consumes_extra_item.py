# test: zip stops at the shortest input but first pulls (and loses) one extra item from the inputs before it
def numbers():
    for n in range(1, 6):
        print("  numbers yields", n)
        yield n

g = numbers()
print(list(zip(g, "ab")))
print("next item left in g:", next(g))

h = numbers()
print(list(zip("ab", h)))
print("with the short input first, nothing was lost:", next(h))
