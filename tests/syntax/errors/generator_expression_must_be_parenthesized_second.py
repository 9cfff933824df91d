# test: an unparenthesised generator expression after another argument
print(1, x for x in range(3))
