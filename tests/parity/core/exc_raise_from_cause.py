# test: raise ... from ... sets __cause__ and __suppress_context__; from None hides the context
class ConfigError(Exception):
    pass

def load(d):
    try:
        return d["path"]
    except KeyError as e:
        raise ConfigError("no path configured") from e

try:
    load({})
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    raise TypeError("direct") from ValueError("made up")
except TypeError as e:
    print(e, "<-", repr(e.__cause__), e.__context__)
e = Exception("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
