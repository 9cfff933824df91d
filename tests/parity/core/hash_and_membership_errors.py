# test: __contains__ result coerced to bool, membership and hashing TypeErrors for unhashable and wrong container types, hash values of numbers/tuples/None
class C:
    def __contains__(self, x): return "yes"
print(1 in C(), 1 not in C())
for f in (lambda: [1] in {}, lambda: hash([]), lambda: hash({}), lambda: hash((1, [2])), lambda: {}[[]], lambda: [] in set(), lambda: set().add({}), lambda: 1 in 5, lambda: "a" in ["a"], lambda: 1 in "abc", lambda: None in "abc", lambda: b"a" in "abc", lambda: hash((1, 2)) == hash((1, 2)), lambda: hash(()) == hash(()), lambda: hash(None) == hash(None), lambda: hash(True), lambda: hash(3.0), lambda: hash(-1), lambda: hash(2**64)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
