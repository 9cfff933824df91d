# test: assigning to a call suggests ==
f() = 1
