# test: global inside a nested function skips the enclosing function's local of the same name
value = "module"

def outer():
    value = "outer local"
    def inner():
        global value
        value = "set by inner"
    inner()
    return value

print(outer())
print(value)

total = 0
def add_all(nums):
    global total
    for n in nums:
        total += n

add_all([1, 2, 3])
add_all([10])
print(total)

def reads_later_global():
    return later

later = "defined after def"
print(reads_later_global())
