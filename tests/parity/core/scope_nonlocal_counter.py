# test: nonlocal rebinds the enclosing function's variable; each closure has its own cell
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc_a, get_a = make_counter(0)
inc_b, get_b = make_counter(100)
print(inc_a(), inc_a(), inc_a(5))
print(inc_b(), get_b())
print(get_a(), get_b())

def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v = v * 10
        inner()
        inner()
        return v
    r = middle()
    return r, v

print(outer())
