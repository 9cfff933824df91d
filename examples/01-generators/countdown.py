# A generator function: calling it runs none of its body.
#
# What to look for:
# - `countdown(3)` only creates a generator object; "starting" is printed
#   on the first next(), not at the call.
# - Each `yield` hands one value out and pauses the function right there;
#   the next next() resumes it on the following line, locals intact.
# - When the body ends, the generator raises StopIteration.
#   A for loop catches that StopIteration and simply stops;
#   calling next() by hand lets you see it.


def countdown(n):
    print(f"starting at {n}")
    while n > 0:
        yield n
        n -= 1
    print("done")


print("for loop:")
for number in countdown(3):
    print(number)

print("by hand:")
gen = countdown(2)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration: the generator is finished")
print(next(gen, "exhausted"))
