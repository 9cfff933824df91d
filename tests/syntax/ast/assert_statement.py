# test: assert with and without a message, parenthesised conditions
assert True
assert 1 + 1 == 2, "arithmetic"
assert (1 < 2
        and 2 < 3), f"message with {1}"
try:
    assert False, "expected failure"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e))
