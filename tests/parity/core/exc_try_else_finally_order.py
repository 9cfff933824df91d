# test: order of try body, except, else and finally with and without an exception
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
        print("  try done")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

print("no failure:")
run(False)
print("failure:")
run(True)

def uncaught():
    try:
        raise KeyError("k")
    except ValueError:
        print("wrong handler")
    else:
        print("else skipped")
    finally:
        print("finally before propagating")

try:
    uncaught()
except KeyError as e:
    print("outer", repr(e))

try:
    pass
finally:
    print("finally without except")
