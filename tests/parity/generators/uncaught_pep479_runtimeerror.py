# test: uncaught PEP 479 RuntimeError: the traceback shows the StopIteration, "direct cause" text, then the RuntimeError; exit status 1
def gen():
    yield "one"
    raise StopIteration("too early")

for item in gen():
    print("got", item)
print("not reached")
