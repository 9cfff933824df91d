# A generator expression is a generator function written inline and called at once.
#
# What to look for:
# - The first (outermost) iterable is evaluated, and iter() called on it,
#   where the expression is written: "rows() called" comes before
#   "expression created", and a non-iterable there fails at once.
# - Everything else (the item expression, the conditions, the inner
#   iterables) runs only as items are asked for, once per use:
#   "columns() called" appears once per row, when that row is reached.
# - Its loop variables belong to the expression's own scope, as a
#   function's locals do: `row` is not defined afterwards.
# - It is a generator, so it can be used only once: a second list() finds
#   it exhausted.


def rows():
    print("  rows() called")
    return [1, 2]


def columns():
    print("  columns() called")
    return ["a", "b"]


cells = (f"{row}{column}" for row in rows() for column in columns())
print("expression created:", type(cells).__name__)
print("first:", next(cells))
print("rest:", list(cells))
print("again:", list(cells))

try:
    row
except NameError as error:
    print(f"NameError: {error}")

try:
    squares = (n * n for n in 5)
except TypeError as error:
    print(f"TypeError at once: {error}")

lazy = (n / 0 for n in [1])
print("created an expression that divides by zero")
try:
    next(lazy)
except ZeroDivisionError as error:
    print(f"ZeroDivisionError on next(): {error}")
