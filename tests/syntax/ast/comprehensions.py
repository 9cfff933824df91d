# test: list, set, dict comprehensions and generator expressions with multiple for and if clauses
matrix = [[1, 2, 3], [4, 5, 6]]
squares = [x * x for x in range(6)]
evens = [x for x in range(20) if x % 2 == 0 if x % 3 == 0]
flat = [cell for row in matrix for cell in row]
pairs = [(i, j) for i in range(3) for j in range(i) if i != j]
unique = {len(word) for word in ["a", "bb", "cc", "ddd"]}
inverted = {value: key for key, value in {"a": 1, "b": 2}.items() if value > 0}
nested = [[row[i] for row in matrix] for i in range(3)]
lazy = (x + y for x in range(3) if x for y in range(2))
conditional = [x if x > 2 else -x for x in range(5)]
unpacked = {k: v for k, v in zip("abc", range(3))}
print(squares, evens, flat, pairs)
print(sorted(unique), inverted, nested, list(lazy))
print(conditional, unpacked, sum(x for x in range(10)))
