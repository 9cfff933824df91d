# test: __debug__ is a constant
__debug__ = False
