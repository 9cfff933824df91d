# test: at module level the assigned-before check comes before the module-level check
x = 1
nonlocal x
