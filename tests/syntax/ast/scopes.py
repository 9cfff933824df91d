# test: global at module and function level, nonlocal in nested functions, class scopes
global total
total = 0


def add(n):
    global total
    total += n


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    def read():
        return count

    return increment, read


def two_levels():
    a, b = 1, 2

    def middle():
        nonlocal a, b

        def inner():
            nonlocal a
            a += 10
        inner()
        b += 1
    middle()
    return a, b


class Scope:
    value = 5
    doubled = [value * 2]


add(3)
add(4)
increment, read = make_counter()
increment()
increment()
print(total, read(), two_levels(), Scope.doubled)
