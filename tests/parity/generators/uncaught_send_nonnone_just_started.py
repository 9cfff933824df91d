# test: uncaught TypeError from sending a value into a just-started generator; exit status 1
def accumulator():
    total = 0
    while True:
        total += yield total

acc = accumulator()
print("forgot to prime the generator")
acc.send(10)
print("not reached")
