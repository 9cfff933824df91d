# test: input() with stdin at EOF: the prompt is written without a newline, EOFError is raised (caught, then uncaught at the end); input arity; IOError/EnvironmentError aliases
print("start")
try:
    line = input("name? ")
except EOFError as e:
    print("EOF:", type(e).__name__, repr(str(e)))
try:
    input()
except EOFError as e:
    print("again", e.args)
print(IOError is OSError, EnvironmentError.__name__)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print("print piecewise", end="")
print()
input("final prompt> ")
