# test: a tiny scheduler that sends each task the number of the tick on which it is resumed; tasks exchange nothing else
def worker(name, n):
    total = 0
    for _ in range(n):
        tick = yield name
        total += tick
        print("  %s resumed at tick %d" % (name, tick))
    return total

tasks = [worker("w1", 2), worker("w2", 3)]
for t in tasks:
    next(t)
tick = 0
finished = {}
while tasks:
    tick += 1
    t = tasks.pop(0)
    try:
        t.send(tick)
        tasks.append(t)
    except StopIteration as e:
        finished[t.__name__ + "@" + str(tick)] = e.value
print(finished)
