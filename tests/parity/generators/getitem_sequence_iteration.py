# test: without __iter__, iteration falls back to __getitem__ with 0, 1, 2... until IndexError; StopIteration from __getitem__ also ends it
class Seq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()))
print(type(iter(Seq())).__name__)

class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

print(list(SeqStop()))

def gen():
    yield from Seq()
print(list(gen()))
