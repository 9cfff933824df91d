# test: break and continue in a finally body reached by return drop the pending return value
def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"
print(f())
def g():
    while True:
        try:
            return 1
        finally:
            break
    return "broke"
print(g())
def h():
    for i in range(2):
        try:
            try:
                return i
            finally:
                print("inner", i)
        finally:
            if i == 0:
                continue
    return "h-end"
print(h())
def k():
    try:
        return "k"
    finally:
        try:
            pass
        finally:
            print("nested finally")
print(k())
