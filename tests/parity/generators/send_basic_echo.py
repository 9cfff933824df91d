# test: yield as an expression: `x = yield y` hands y out and receives the value passed to send(); next() sends None
def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)
        if received == "stop":
            return "stopped"

g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
print(g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("finished with", e.value)
