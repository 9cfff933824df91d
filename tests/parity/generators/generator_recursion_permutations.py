# test: recursive generators with for-loops and yield from produce permutations and a flattened powerset in order
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest

def powerset(items):
    if not items:
        yield []
        return
    for subset in powerset(items[1:]):
        yield subset
        yield [items[0]] + subset

print(list(permutations([1, 2, 3])))
print(["".join(p) for p in permutations("ab")])
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
