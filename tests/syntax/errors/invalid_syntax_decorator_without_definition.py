# test: a decorator followed by nothing
@decorator
