# test: an unparenthesised := is not a statement
x := 1
