# test: classic coroutine-style running-average accumulator primed with next() and driven by send(); close() finishes it
def averager():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    finally:
        print("averager closed after", count, "values")

avg = averager()
print("primed:", next(avg))
for v in (10, 20, 30, 5):
    print("send", v, "->", avg.send(v))
avg.close()
print("closed; send again:")
try:
    avg.send(1)
except StopIteration:
    print("StopIteration")
