# test: a class with __iter__/__next__ drives for loops, list(), sum(), zip and unpacking; single pass
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
    print("tick", n)
c = Countdown(4)
print(list(c), list(c))
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
print(list(zip(Countdown(3), "abcdef")))
x, y = Countdown(2)
print(x, y)
print(dict(enumerate(Countdown(2))), 2 in Countdown(3))

class Repeat:
    def __init__(self, value, times):
        self.value, self.times = value, times
    def __iter__(self):
        return RepeatIter(self)
class RepeatIter:
    def __init__(self, src):
        self.src, self.left = src, src.times
    def __iter__(self):
        return self
    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return self.src.value
r = Repeat("z", 2)
print(list(r), list(r), "".join(r))
