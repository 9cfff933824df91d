# test: raising a class instantiates it; raising non-exceptions and catching non-classes are TypeErrors
try:
    raise ValueError
except ValueError as e:
    print(repr(e), type(e).__name__)

try:
    raise "not an exception"
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise ValueError("x")
    except "str":
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__, e)

class Custom(Exception):
    def __init__(self):
        super().__init__("built with no args")
try:
    raise Custom
except Custom as e:
    print(e)
