# test: an uncaught exception raised `from None` hides its context; finally blocks still print first
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected digits, got {text!r}") from None
    finally:
        print("parse finished", text)

print(parse("12"))
parse("twelve")
