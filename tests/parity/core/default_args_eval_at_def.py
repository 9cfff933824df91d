# test: default argument values are evaluated once, at def time; mutable defaults are shared
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def f(a=next_id()):
    return a

print(f(), f(), f())
print(counter)

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))
print(f.__defaults__, append_to.__defaults__)
