# test: the uncaught exception line is prefixed with the class's __module__ when it is not __main__ or builtins
class ParseError(ValueError):
    __module__ = "parser.errors"
class Local(ValueError):
    pass
try:
    raise Local("local one")
except ValueError as e:
    print(type(e).__module__, type(e).__name__, e)
print(ParseError.__module__, ParseError.__name__, issubclass(ParseError, ValueError))
raise ParseError("unexpected token ')' at 3")
