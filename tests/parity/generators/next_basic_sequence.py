# test: next() resumes a generator yield by yield, then raises StopIteration; next(g, default) returns the default instead
def letters():
    yield "a"
    yield "b"
    yield "c"

g = letters()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(g, "default"))
print(next(letters(), "unused default"))
print("method call:", letters().__next__())
