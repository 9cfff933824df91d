# test: dict comprehensions with conditions, inversion, nesting and duplicate keys
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
grid = {(r, c): r * c for r in range(3) for c in range(2)}
print(grid)
last_wins = {x % 3: x for x in range(10)}
print(last_wins)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({w: len(w) for w in ["aa", "b", "ccc"]})
