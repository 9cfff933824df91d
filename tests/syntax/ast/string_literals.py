# test: string literals: single, double and triple quotes, implicit concatenation, continuations
single = 'single'
double = "double"
quotes = 'it\'s "quoted"' + "it's \"quoted\""
empty = '' + ""
triple_single = '''line one
line two with 'quotes' and "quotes"'''
triple_double = """line one
    indented line
"""
concatenated = "abc" 'def' """ghi""" '''jkl'''
across_lines = ("first part, "
                'second part, '
                """third part""")
continued = "this string continues \
on the next line"
continued_triple = """no newline here \
at all"""
print(single, double, quotes, repr(empty))
print(triple_single)
print(triple_double, end="")
print(concatenated, across_lines)
print(continued, continued_triple)
