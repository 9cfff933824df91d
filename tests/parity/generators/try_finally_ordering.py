# test: ordering of try/except/else/finally around yields inside a generator, interleaved with the caller's prints
def gen():
    print("  [gen] enter")
    try:
        print("  [gen] try, before yield 1")
        yield 1
        print("  [gen] try, after yield 1")
    except ValueError:
        print("  [gen] except (never)")
    else:
        print("  [gen] else, before yield 2")
        yield 2
        print("  [gen] else, after yield 2")
    finally:
        print("  [gen] finally, before yield 3")
        yield 3
        print("  [gen] finally, after yield 3")
    print("  [gen] after try statement")

for v in gen():
    print("[caller] got", v)
print("[caller] done")
