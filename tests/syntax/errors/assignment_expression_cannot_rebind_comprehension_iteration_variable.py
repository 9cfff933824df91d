# test: walrus on the comprehension's own variable
values = [x := 1 for x in range(3)]
