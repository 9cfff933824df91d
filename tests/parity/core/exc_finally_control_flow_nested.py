# test: nested try/finally with break, continue and return; finally runs in the right order and can override return
log = []
def f(n):
    for i in range(n):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append(f"body{i}")
            finally:
                log.append(f"inner{i}")
        finally:
            log.append(f"outer{i}")
    return log

print(f(5))

def g():
    try:
        return "try"
    finally:
        print("g finally")

def h():
    for _ in range(3):
        try:
            return "from loop"
        finally:
            break
    return "after break"

def k():
    x = 1
    try:
        return x
    finally:
        x = 99

def m():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(g(), h(), k(), m())

def count():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("fin", n)
print(count())
