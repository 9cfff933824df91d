# test: an uncaught NameError ends with CPython 3.11's "Did you mean" suggestion, found among the locals
def total(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total

print(total([]) if False else "start")
print(total([1, 2]))
