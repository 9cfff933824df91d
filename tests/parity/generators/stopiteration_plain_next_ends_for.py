# test: StopIteration raised by a plain helper function called from __next__ (no generator involved) ends the for loop quietly
def fetch(queue):
    if not queue:
        raise StopIteration
    return queue.pop(0)

class Reader:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        return fetch(self.items)

for x in Reader("abc"):
    print("read", x)
print("loop ended quietly")
try:
    fetch([])
except StopIteration as e:
    print("called directly it is an ordinary exception:", type(e).__name__)
