# test: a def whose body is only a comment: comments are not statements
def f():
    # a comment is not a block
