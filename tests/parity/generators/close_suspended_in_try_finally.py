# test: puzzle: a generator closed while suspended inside nested try/finally runs the inner then the outer finally, skipping code after the yield
log = []

def worker():
    log.append("start")
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            yield "paused"
            log.append("after yield (never)")
        finally:
            log.append("inner finally")
        log.append("between (never)")
    finally:
        log.append("outer finally")
    log.append("end (never)")

w = worker()
print(next(w))
print("log so far:", log)
w.close()
print("log after close:", log)
