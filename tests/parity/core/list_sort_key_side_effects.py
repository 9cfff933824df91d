# test: list.sort with a key that raises leaves the list unchanged, the list looks empty from inside the key function, appending/removing while iterating a list
lst = [3, 1, 2]
def raising_key(x):
    if x == 2:
        raise KeyError("key failed")
    return x
try:
    lst.sort(key=raising_key)
except KeyError as e:
    print(type(e).__name__, e)
print(lst)
lst = [5, 4, 3]
def peek_key(x):
    print("during sort list is", lst)
    return x
lst.sort(key=peek_key)
print(lst)
out = []
items = [1, 2, 3]
for x in items:
    out.append(x)
    if len(items) < 6:
        items.append(x * 10)
print(out, items)
items = [1, 2, 3, 4]
for x in items:
    items.remove(x)
print(items)
