# test: functools.partial freezes positional and keyword args; later keywords override
from functools import partial
import functools

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(5), two_to(10), square(3, exp=3))
print(square.args, square.keywords, two_to.args, square.func is power)

def tag(name, text, cls="plain"):
    return f"<{name} class={cls}>{text}</{name}>"

para = partial(tag, "p")
print(para("hello"), para("x", cls="big"))
print(list(map(partial(int, base=2), ["101", "11"])))
nested = partial(partial(power, 3), 4)
print(nested())
try:
    two_to()
except TypeError as e:
    print(type(e).__name__, e)
