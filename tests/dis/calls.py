# Calls: the NULL that LOAD_GLOBAL or PUSH_NULL puts below a function, LOAD_METHOD below a
# method, KW_NAMES for keyword arguments, CALL_FUNCTION_EX for `*args`, and a list
# comprehension compiled as a function and called with its iterator.
def report(values, factor):
    scaled = [v * factor for v in values]
    text = ", ".join(map(str, scaled))
    print(text, max(*scaled), sorted(scaled, reverse=True))


report([3, 1, 2], 10)
