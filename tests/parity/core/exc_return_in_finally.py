# test: return in finally overrides a return value and swallows an in-flight exception
def override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def order(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2

print(override())
print(swallow())
print(order([]))
print(value_snapshot())

def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
