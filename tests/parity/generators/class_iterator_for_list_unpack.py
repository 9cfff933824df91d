# test: a class-based iterator (__iter__ returning self, __next__ raising StopIteration) works with for, list(), tuple(), unpacking and sum()
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("for:", n)
print(list(Countdown(4)))
print(tuple(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(5)
print(first, rest)
print(sum(Countdown(4)))
print(*Countdown(3), sep="-")
it = Countdown(2)
print(list(it), list(it))
