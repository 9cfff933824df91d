# test: puzzle: a round-robin of generators driven by a plain list loop; finished tasks are dropped, return values collected
def task(name, steps):
    for i in range(steps):
        print("  %s step %d" % (name, i))
        yield
    return name + " done after %d steps" % steps

ready = [task("A", 3), task("B", 1), task("C", 2)]
results = []
while ready:
    current = ready.pop(0)
    try:
        next(current)
    except StopIteration as e:
        results.append(e.value)
    else:
        ready.append(current)
print(results)
