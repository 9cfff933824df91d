# test: except clauses validate every entry of a tuple (non-classes, instances, lists, nested tuples are TypeErrors), empty tuple matches nothing, BaseException-only exceptions escape except Exception
def attempt(exc, spec):
    try:
        try:
            raise exc
        except spec:
            return "matched"
    except TypeError as e:
        return "TypeError: " + str(e)
    except BaseException as e:
        return "escaped " + type(e).__name__
print(attempt(ValueError, (ValueError, 5)))
print(attempt(ValueError, (KeyError, "x")))
print(attempt(ValueError, ()))
print(attempt(ValueError, ((ValueError,), KeyError)))
print(attempt(KeyError, (LookupError, TypeError)))
print(attempt(ValueError, [ValueError]))
print(attempt(ValueError, ValueError()))
print(attempt(ValueError, object))
print(attempt(SystemExit, Exception))
print(attempt(SystemExit, BaseException))
print(attempt(KeyboardInterrupt, (Exception, KeyboardInterrupt)))
