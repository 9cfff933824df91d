# test: physical vs logical lines: backslash continuation, brackets, comments, semicolons, Unicode names, __main__ guard
# a comment on its own line
import sys  # a trailing comment

café = 1  # a Unicode identifier
naïve_π = 3.14
Δ = café + \
    2
total = (1 +   # comment inside brackets
         2 +

         3)
items = [
    1,  # one
    # a comment line inside a list
    2,
]
mapping = {
    "k":
        "v",
}
a = 1; b = 2; c = a + b;
if a == 1 and \
        b == 2:
    pass  # pass with a comment

    # a comment line in a block, after a blank line
x = \
    "continued"


def main():
    print(café, naïve_π, Δ, total, items, mapping, c, x)
    ...


if __name__ == "__main__":
    main()
	# a comment indented with a tab is fine
print(sys.maxsize > 0)  # final comment without newline
# a file whose last line has no newline
print("end")