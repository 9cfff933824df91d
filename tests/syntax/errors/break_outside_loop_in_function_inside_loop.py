# test: a def inside a loop starts a new scope: break in it is outside any loop
for i in range(3):
    def f():
        break
