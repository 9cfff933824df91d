# test: a non-ASCII symbol outside a string
price = 5 €
