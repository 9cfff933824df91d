# test: continue in a def that is not in a loop
def f():
    continue
