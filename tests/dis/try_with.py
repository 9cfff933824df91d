# try/except/finally and with: the exception table, PUSH_EXC_INFO, CHECK_EXC_MATCH, RERAISE,
# BEFORE_WITH and WITH_EXCEPT_START, as CPython 3.11 compiles them.
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        return kind is KeyError


def risky(d, key):
    try:
        with Quiet():
            return d[key]
    except (TypeError, ValueError) as error:
        print("bad key", error)
    finally:
        print("done")


risky({}, "missing")
