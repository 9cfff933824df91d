def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "done"


def delegator(n):
    result = yield from countdown(n)
    return result


squares = (x * x for x in range(3))
