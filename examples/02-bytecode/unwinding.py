# Two ways out of a `try`: a `return` and an exception.
#
# What to look for:
# - parse's `return int(text)` runs the `finally` body on its way out, before load receives
#   the number: the compiler placed a copy of that body just before the return.
# - When int("x") raises, no instruction of the program says where to go next. The exception
#   leaves frames one at a time, innermost first: parse's exception table sends it to parse's
#   `finally` body, which re-raises it; load's table does the same with load's `finally`;
#   main's table finds the `except` clause, and the exception stops there.
# - The `for` loop in load is abandoned halfway, so "4" is never parsed.
# - main carries on after its `try` statement as if nothing had happened.


def parse(text):
    try:
        return int(text)
    finally:
        print("    parse finally:", repr(text))


def load(texts):
    total = 0
    for text in texts:
        try:
            total += parse(text)
        finally:
            print("  load finally")
    return total


def main():
    for batch in (["1", "2"], ["3", "x", "4"]):
        try:
            print("total", load(batch))
        except ValueError as error:
            print("main caught:", error)
    print("main carries on")


main()
