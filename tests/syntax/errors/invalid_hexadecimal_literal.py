# test: a non-hex digit in a hex literal
x = 0x1g
