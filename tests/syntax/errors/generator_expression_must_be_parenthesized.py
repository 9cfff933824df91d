# test: an unparenthesised generator expression that is not the sole argument
total = sum(x for x in range(3), 10)
