# test: send(), throw() and close() on a generator that is currently running all raise "ValueError: generator already executing"
results = []

def gen():
    for label, action in (
        ("send", lambda: me.send(None)),
        ("throw", lambda: me.throw(KeyError)),
        ("close", lambda: me.close()),
    ):
        try:
            action()
        except ValueError as e:
            results.append((label, str(e)))
    yield "done"

me = gen()
print(next(me))
for r in results:
    print(*r)
